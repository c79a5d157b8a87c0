// The latency waterfall of one turn: each stage's mark in ms after the user's last voiced
// sample, as bars from that moment. A mark before it (the reply was started from a guess,
// before the endpoint) is drawn to the left, in green.

const STAGES = [
  ["speech_end", "endpoint"],
  ["stt_final", "transcript"],
  ["first_token", "first token"],
  ["first_clause", "first clause"],
  ["first_audio_out", "first audio"],
];
const SVG = "http://www.w3.org/2000/svg";

function el(name, attrs, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function drawWaterfall(svg, timings, extra) {
  svg.replaceChildren();
  // A typed question has no endpoint nor transcript: both marks sit at its start.
  const typed = Math.abs(timings.speech_end || 0) < 5 && Math.abs(timings.stt_final || 0) < 5;
  const rows = STAGES.filter(([key]) => typeof timings[key] === "number")
    .filter(([key]) => !(typed && (key === "speech_end" || key === "stt_final")))
    .map(([key, label]) => [label, timings[key]]);
  if (extra) rows.push(extra);
  if (!rows.length) return;
  const values = rows.map(([, ms]) => ms);
  const low = Math.min(0, ...values);
  const high = Math.max(100, ...values);
  // Drawn in the element's own pixels, so the labels stay legible on a phone.
  const total = Math.max(300, Math.min(560, svg.clientWidth || 520));
  const left = 100, width = total - left - 75, top = 14, rowH = 26;
  const x = (ms) => left + ((ms - low) / (high - low)) * width;
  svg.setAttribute("viewBox", `0 0 ${total} ${top + rows.length * rowH + 22}`);
  rows.forEach(([label, ms], i) => {
    const y = top + i * rowH;
    svg.append(el("text", { x: 0, y: y + 15 }, label));
    const from = Math.min(x(0), x(ms));
    svg.append(el("rect", {
      x: from, y: y + 3, height: 16, rx: 3,
      width: Math.max(2, Math.abs(x(ms) - x(0))),
      class: ms < 0 ? "bar early" : "bar",
    }));
    svg.append(el("text", { x: Math.max(x(ms), x(0)) + 6, y: y + 15 }, `${Math.round(ms)} ms`));
  });
  const bottom = top + rows.length * rowH;
  svg.append(el("line", { x1: x(0), x2: x(0), y1: top - 4, y2: bottom, class: "axis" }));
  svg.append(el("text", { x: x(0), y: bottom + 15, class: "muted", "text-anchor": "middle" },
    "you stopped"));
}
