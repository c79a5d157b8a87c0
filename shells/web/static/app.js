// The page: one WebSocket to the companion (microphone audio out, reply audio and events in),
// the memory API, and what the user sees. Protocol: shells/web/protocol.py.

import { AudioIO } from "/static/audio.js";
import { MemoryPanel } from "/static/memory.js";
import { drawWaterfall } from "/static/waterfall.js";

const $ = (id) => document.getElementById(id);
const TOKEN_KEY = "companion-token";
const VOICED_DBFS = -45;

// What tests (and the curious) can read: window.companion.
const stats = {
  get receivedAudioBytes() { return audio.player ? audio.player.receivedBytes : 0; },
  get scheduledSeconds() { return audio.player ? audio.player.scheduledSeconds : 0; },
  get playedChunks() { return audio.player ? audio.player.playedChunks : 0; },
  sentAudioBytes: 0,
  state: "offline",
  replies: 0,
  errors: [],
};
window.companion = stats;

const audio = new AudioIO();
let socket = null;
let connecting = null;
let lastVoiced = 0; // performance.now() of the last loud microphone frame
let heardHereMs = null; // last loud frame to the reply's first sound, measured in this tab
const turns = [];

// --- the token: from the link's #fragment (never sent to the server), kept for this tab ---

function takeToken() {
  const match = location.hash.match(/token=([^&]+)/);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, "", location.pathname + location.search); // out of sight
  }
  return sessionStorage.getItem(TOKEN_KEY) || "";
}
let token = takeToken();

async function api(path, options = {}) {
  const headers = { ...(options.headers || {}), Accept: "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  let response = await fetch(path, { ...options, headers });
  if (response.status === 401) {
    const given = prompt("This companion needs its token (printed when it started):");
    if (given) {
      token = given.trim();
      sessionStorage.setItem(TOKEN_KEY, token);
      headers.Authorization = `Bearer ${token}`;
      response = await fetch(path, { ...options, headers });
    }
  }
  return response;
}

function showError(message) {
  stats.errors.push(message);
  const box = $("error");
  box.textContent = message;
  box.hidden = false;
  clearTimeout(showError.timer);
  showError.timer = setTimeout(() => { box.hidden = true; }, 8000);
}

function setState(state) {
  stats.state = state;
  document.body.dataset.state = state;
  $("state").textContent = state;
}

// --- the connection ---

function connect() {
  if (socket && socket.readyState === WebSocket.OPEN) return Promise.resolve(socket);
  if (connecting) return connecting;
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  const query = token ? `?token=${encodeURIComponent(token)}` : "";
  const ws = new WebSocket(`${scheme}://${location.host}/ws${query}`);
  ws.binaryType = "arraybuffer";
  connecting = new Promise((resolve, reject) => {
    ws.onopen = () => {
      socket = ws;
      connecting = null;
      ws.send(JSON.stringify({ type: "hello", format: "s16le", rate: 16000, channels: 1 }));
      setState("idle");
      resolve(ws);
    };
    ws.onclose = (event) => {
      connecting = null;
      if (socket === ws) socket = null;
      setState("offline");
      stopListening();
      if (event.code !== 1000 && event.reason) showError(`Disconnected: ${event.reason}`);
      reject(new Error(event.reason || "could not connect"));
    };
  });
  ws.onmessage = (event) => {
    if (typeof event.data === "string") onMessage(JSON.parse(event.data));
    else if (audio.player) {
      audio.player.packet(event.data);
      $("audio-received").textContent = (audio.player.receivedBytes / 1000).toFixed(0);
    }
  };
  connecting.catch(() => {});
  return connecting;
}

function send(message) {
  if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
}

function onMessage(msg) {
  switch (msg.type) {
    case "ready":
      fillPersonas(msg.personas, msg.persona);
      break;
    case "state":
      setState(msg.state);
      break;
    case "speech_started":
      break;
    case "transcript":
      showTranscript(msg.text, msg.final);
      break;
    case "reply":
      stats.replies += 1;
      showReply(msg.text, msg.interrupted);
      setTimeout(() => memory.load(), 1500); // the exchange is stored after the reply
      break;
    case "answer":
      if (msg.text) showReply(msg.text, msg.interrupted);
      if (msg.error) showError(msg.error);
      break;
    case "metrics":
      showMetrics(msg.timings_ms);
      break;
    case "barge_in":
      if (audio.player) audio.player.stop();
      break;
    case "persona":
      $("persona").value = msg.name.toLowerCase();
      $("name").textContent = msg.name;
      break;
    case "error":
      showError(msg.message);
      break;
    default:
      break;
  }
}

function showTranscript(text, final) {
  const box = $("transcript");
  box.textContent = text || (final ? "(nothing heard)" : "…");
  box.classList.toggle("partial", !final);
}

function showReply(text, interrupted) {
  const box = $("reply");
  box.textContent = text;
  box.classList.toggle("interrupted", Boolean(interrupted));
}

function showMetrics(timings) {
  drawWaterfall($("waterfall"), timings, heardHereMs === null ? null : ["heard here", heardHereMs]);
  heardHereMs = null;
  if (typeof timings.first_audio_out === "number") {
    turns.push(Math.round(timings.first_audio_out));
    $("history").textContent = `First audio, last turns: ${turns.slice(-8).join(", ")} ms`;
  }
}

function fillPersonas(names, current) {
  const select = $("persona");
  select.replaceChildren(...names.map((name) => new Option(name, name)));
  select.value = current.toLowerCase();
  $("name").textContent = current;
}

// --- talking, typing ---

function replyStarts(delaySeconds) {
  // Approximate: the microphone's level, after noise suppression, marks the end of speech.
  const now = performance.now();
  if (audio.listening && now - lastVoiced < 10000) heardHereMs = now + delaySeconds * 1000 - lastVoiced;
}

async function startListening() {
  await audio.context();
  audio.player.onStart = replyStarts;
  await connect();
  await audio.startMic((pcm, level) => {
    if (level > VOICED_DBFS) lastVoiced = performance.now();
    $("level").style.width = `${Math.max(0, Math.min(100, (level + 70) * 1.6))}%`;
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(pcm);
      stats.sentAudioBytes += pcm.byteLength;
    }
  });
  $("talk").setAttribute("aria-pressed", "true");
  $("talk").querySelector(".label").textContent = "Stop listening";
}

function stopListening() {
  audio.stopMic();
  $("level").style.width = "0";
  $("talk").setAttribute("aria-pressed", "false");
  $("talk").querySelector(".label").textContent = "Talk";
}

$("talk").addEventListener("click", async () => {
  try {
    if (audio.listening) stopListening();
    else await startListening();
  } catch (error) {
    stopListening();
    showError(`Microphone: ${error.message}`);
  }
});

$("stop").addEventListener("click", () => {
  send({ type: "stop" });
  if (audio.player) audio.player.stop();
});

$("ask").addEventListener("submit", async (event) => {
  event.preventDefault();
  const input = $("ask-text");
  const text = input.value.trim();
  if (!text) return;
  try {
    await audio.context(); // this click lets the page speak the answer
    await connect();
  } catch (error) {
    showError(`Not connected: ${error.message}`);
    return;
  }
  showTranscript(text, true);
  send({ type: "ask", text, id: Date.now() });
  input.value = "";
});

$("persona").addEventListener("change", (event) => send({ type: "persona", name: event.target.value }));

const memory = new MemoryPanel(api, showError);

async function start() {
  const response = await api("/api/info");
  if (!response.ok) {
    setState("offline");
    showError("The companion refused this page: check the token in the link.");
    return;
  }
  const info = await response.json();
  fillPersonas(info.personas, info.persona);
  if (info.memory) memory.load();
  else $("memory-status").textContent = "Memory is off for this companion.";
  connect().catch((error) => showError(`Not connected: ${error.message}`));
}

start();
