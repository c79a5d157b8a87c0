// The page's ears and mouth: the microphone as 16 kHz s16le frames, and reply audio played
// as it arrives. Both share one AudioContext, made on the first click (browsers only let a
// page make sound after the user did something).

export class AudioIO {
  constructor() {
    this.ctx = null;
    this.mic = null; // {stream, source, node, sink}
    this.player = null;
  }

  async context() {
    if (!this.ctx) {
      this.ctx = new AudioContext({ latencyHint: "interactive" });
      this.player = new Player(this.ctx);
    }
    if (this.ctx.state !== "running") await this.ctx.resume();
    return this.ctx;
  }

  get listening() {
    return this.mic !== null;
  }

  // onFrame(ArrayBuffer of Int16, levelDbfs) for every 40 ms of speech-ready audio.
  async startMic(onFrame) {
    if (this.mic) return;
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      throw new Error("this browser gives no microphone here: use https:// or http://localhost");
    }
    const ctx = await this.context();
    if (!this.workletLoaded) {
      await ctx.audioWorklet.addModule("/static/capture-worklet.js");
      this.workletLoaded = true;
    }
    const stream = await navigator.mediaDevices.getUserMedia({
      audio: {
        echoCancellation: true, // our own voice is removed: barge-in works by talking
        noiseSuppression: true,
        autoGainControl: true,
        channelCount: 1,
      },
    });
    const source = ctx.createMediaStreamSource(stream);
    const node = new AudioWorkletNode(ctx, "pcm16-capture", {
      processorOptions: { targetRate: 16000, frameSamples: 640 },
    });
    node.port.onmessage = (event) => onFrame(event.data.pcm, event.data.level);
    const sink = ctx.createGain(); // keeps the worklet pulled by the graph, silently
    sink.gain.value = 0;
    source.connect(node);
    node.connect(sink);
    sink.connect(ctx.destination);
    this.mic = { stream, source, node, sink };
  }

  stopMic() {
    if (!this.mic) return;
    const { stream, source, node, sink } = this.mic;
    node.port.onmessage = null;
    source.disconnect();
    node.disconnect();
    sink.disconnect();
    stream.getTracks().forEach((track) => track.stop());
    this.mic = null;
  }
}

// Reply audio: packets of a 16-byte "CAUD" header (flags, rate, sequence) and s16le PCM,
// scheduled back to back on the AudioContext's clock. The stop flag silences it at once.
export class Player {
  constructor(ctx) {
    this.ctx = ctx;
    this.next = 0;
    this.sources = new Set();
    this.receivedBytes = 0; // PCM bytes received (tests read these through window.companion)
    this.scheduledSeconds = 0;
    this.playedChunks = 0;
    this.onStart = null; // called with the delay (s) before the first chunk of a reply plays
    this.replyStarted = false;
  }

  packet(buffer) {
    if (buffer.byteLength < 16) return false;
    const view = new DataView(buffer);
    const magic = String.fromCharCode(...new Uint8Array(buffer, 0, 4));
    if (magic !== "CAUD") return false;
    const flags = view.getUint8(5);
    const rate = view.getUint32(8, true);
    if (flags & 2) {
      this.stop();
      return true;
    }
    if (flags & 1) {
      this.replyStarted = false;
      return true;
    }
    const samples = (buffer.byteLength - 16) / 2;
    if (samples < 1 || rate < 4000) return true;
    this.receivedBytes += samples * 2;
    const pcm = new Int16Array(buffer, 16, samples);
    const floats = new Float32Array(samples);
    for (let i = 0; i < samples; i++) floats[i] = pcm[i] / 32768;
    const audio = this.ctx.createBuffer(1, samples, rate);
    audio.copyToChannel(floats, 0);
    const source = this.ctx.createBufferSource();
    source.buffer = audio;
    source.connect(this.ctx.destination);
    const start = Math.max(this.ctx.currentTime + 0.03, this.next);
    source.start(start);
    if (!this.replyStarted && this.onStart) this.onStart(start - this.ctx.currentTime);
    this.replyStarted = true;
    this.next = start + audio.duration;
    this.scheduledSeconds += audio.duration;
    this.sources.add(source);
    source.onended = () => {
      this.sources.delete(source);
      this.playedChunks += 1;
    };
    return true;
  }

  stop() {
    for (const source of this.sources) {
      try {
        source.stop();
      } catch (_) {
        // already ended
      }
    }
    this.sources.clear();
    this.next = 0;
    this.replyStarted = false;
  }
}
