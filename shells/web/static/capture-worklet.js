// Microphone -> 16 kHz mono s16le frames, in the audio thread.
//
// The context runs at the device's rate (usually 48 kHz). Each block is low-pass filtered
// (windowed sinc just under the target's Nyquist, so nothing aliases into speech), then read
// at the target rate with linear interpolation. Every `frameSamples` output samples are posted
// to the page as {pcm: ArrayBuffer of Int16, level: RMS in dBFS}.

function lowpass(rate, cutoff, taps) {
  const h = new Float32Array(taps);
  const fc = cutoff / rate;
  const mid = (taps - 1) / 2;
  let sum = 0;
  for (let i = 0; i < taps; i++) {
    const x = i - mid;
    const sinc = x === 0 ? 2 * fc : Math.sin(2 * Math.PI * fc * x) / (Math.PI * x);
    const hamming = 0.54 - 0.46 * Math.cos((2 * Math.PI * i) / (taps - 1));
    h[i] = sinc * hamming;
    sum += h[i];
  }
  for (let i = 0; i < taps; i++) h[i] /= sum;
  return h;
}

class Pcm16Capture extends AudioWorkletProcessor {
  constructor(options) {
    super();
    const opts = (options && options.processorOptions) || {};
    this.target = opts.targetRate || 16000;
    this.frameSamples = opts.frameSamples || 640;
    this.step = sampleRate / this.target;
    this.taps = this.step > 1 ? lowpass(sampleRate, 0.45 * this.target, 63) : null;
    this.ring = new Float32Array(this.taps ? this.taps.length : 1);
    this.ringPos = 0;
    this.pending = new Float32Array(0); // filtered input not yet read
    this.readPos = 0; // fractional position in `pending`
    this.out = new Int16Array(this.frameSamples);
    this.outLen = 0;
    this.energy = 0;
  }

  filter(block) {
    if (!this.taps) return block;
    const taps = this.taps;
    const n = taps.length;
    const y = new Float32Array(block.length);
    for (let i = 0; i < block.length; i++) {
      this.ring[this.ringPos] = block[i];
      let acc = 0;
      let k = this.ringPos;
      for (let j = 0; j < n; j++) {
        acc += taps[j] * this.ring[k];
        k = k === 0 ? n - 1 : k - 1;
      }
      y[i] = acc;
      this.ringPos = (this.ringPos + 1) % n;
    }
    return y;
  }

  emit(sample) {
    const s = Math.max(-1, Math.min(1, sample));
    this.out[this.outLen++] = s < 0 ? Math.round(s * 32768) : Math.round(s * 32767);
    this.energy += s * s;
    if (this.outLen === this.frameSamples) {
      const rms = Math.sqrt(this.energy / this.frameSamples);
      const level = rms > 0 ? 20 * Math.log10(rms) : -100;
      this.port.postMessage({ pcm: this.out.buffer, level }, [this.out.buffer]);
      this.out = new Int16Array(this.frameSamples);
      this.outLen = 0;
      this.energy = 0;
    }
  }

  process(inputs) {
    const input = inputs[0];
    if (!input || input.length === 0 || !input[0]) return true;
    let mono = input[0];
    if (input.length > 1) {
      mono = new Float32Array(input[0].length);
      for (const channel of input) {
        for (let i = 0; i < mono.length; i++) mono[i] += channel[i] / input.length;
      }
    }
    const filtered = this.filter(mono);
    const buf = new Float32Array(this.pending.length + filtered.length);
    buf.set(this.pending);
    buf.set(filtered, this.pending.length);
    let t = this.readPos;
    while (t + 1 < buf.length) {
      const i = Math.floor(t);
      const f = t - i;
      this.emit(buf[i] * (1 - f) + buf[i + 1] * f);
      t += this.step;
    }
    const keep = Math.floor(t);
    this.pending = buf.slice(Math.min(keep, buf.length));
    this.readPos = t - keep;
    return true;
  }
}

registerProcessor("pcm16-capture", Pcm16Capture);
