"""What each `companion` subcommand does. The CLI (shells.cli.main) only parses and dispatches."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import signal
import sys
from collections.abc import Callable

import numpy as np

from models.errors import CompanionError
from pipeline.config import Config, load_config
from pipeline.conversation import Conversation
from pipeline.engine import Engine
from pipeline.items import ErrorEvent, Event, Reply, Transcript
from pipeline.persona import Persona, load_persona
from pipeline.turn import NO_SPEECH, TurnResult
from voice.echo import EchoCanceller, EchoGate
from voice.sinks import AudioSink, WavFileSink
from voice.sources import AudioSource, MicrophoneSource

log = logging.getLogger(__name__)

REMOTE_KEY_ENV = "COMPANION_REMOTE_API_KEY"  # the key off the command line, where `ps` shows it


class NoSpeechError(CompanionError):
    """The input audio held no words."""


def setup(args: argparse.Namespace) -> tuple[Config, Persona]:
    """Config file, then command-line overrides; the persona by name."""
    config = load_config(args.config, args.home)
    for role in ("llm", "stt", "tts"):
        if getattr(args, role, None):
            setattr(config.models, role, getattr(args, role))
    for key in ("url", "model", "api_key"):
        value = getattr(args, f"remote_{key}", None)
        if value:
            setattr(config.remote, key, value)
    config.remote.api_key = config.remote.api_key or os.environ.get(REMOTE_KEY_ENV, "")
    if getattr(args, "user", None):
        config.user = args.user
    apply_hardware_profile(config, getattr(args, "profile", None))
    if getattr(args, "no_memory", False):
        config.memory.enabled = False
    persona = load_persona(args.persona or config.persona, config.home)
    return config, persona


def apply_hardware_profile(config: Config, name: str | None) -> None:
    """Threads, GPU layers and compute types of the box's profile (detected unless named).

    Models are not switched: a profile's recommended LLM must be pulled and configured first.
    """
    from hardware.profiles import choose_profile, detect_facts

    profile = choose_profile(detect_facts(), name or config.hardware_profile)
    # The profile fills in what the config file left at its default: explicit settings win.
    for section, values in (
        (config.llm, {"threads": profile.threads, "gpu_layers": profile.gpu_layers,
                      "moe_experts_on_cpu": profile.moe_experts_on_cpu and profile.llm_is_moe}),
        (config.stt, {"threads": profile.threads, "compute_type": profile.stt_compute_type,
                      "device": profile.stt_device}),
    ):
        defaults = type(section)()
        for key, value in values.items():
            if getattr(section, key) == getattr(defaults, key):
                setattr(section, key, value)
    log.info("hardware.profile name=%s", profile.name)


def say(args: argparse.Namespace) -> int:
    from voice.outfile import OutputTarget
    from voice.wavfile import WavReader, WavStreamSource

    config, persona = setup(args)
    # Both ends are checked before the models load. The input is opened once: a pipe
    # (`say <(sox ...)`) or a FIFO can only be read once, and it is streamed, not loaded.
    target = OutputTarget.check(args.out)
    with WavReader(args.input) as reader:
        engine = asyncio.run(Engine.load(config, persona))
        sink = WavFileSink(None)  # collected; written only once the turn has succeeded

        async def converse() -> list[TurnResult]:
            conversation = Conversation(engine, persona, config)
            # Enough trailing silence for the endpoint to fire even when the file ends mid-word.
            source = WavStreamSource(reader,
                                     trailing_silence_s=config.audio.hangover_ms / 1000 + 0.3)
            return await conversation.run(source, sink, realtime=False)

        try:
            heard = asyncio.run(converse())
        finally:
            engine.close()
    failed = [r.error for r in heard if r.error and r.error != NO_SPEECH]
    if failed:  # an apology was said instead of the answer: that is no success
        raise CompanionError(f"The reply failed: {failed[0]}")
    results = [r for r in heard if not r.error]
    if not results:
        raise NoSpeechError(f"{NO_SPEECH.rstrip('.')} in {args.input}. Speak closer to the "
                            "microphone or check the recording.")
    target.write(sink.audio(), sink.rate or 16000)
    summary = summarize(results)
    out = sys.stderr if target.is_stdout else sys.stdout  # the WAV owns stdout then
    if args.json:
        print(json.dumps(summary, ensure_ascii=False), file=out)
    else:
        print(f"you: {summary['transcript']}\n{persona.name.lower()}: {summary['reply']}",
              file=out)
        print(f"reply audio: {args.out} ({summary['audio_out_s']:.1f} s)", file=out)
    return 0


def summarize(results: list[TurnResult]) -> dict[str, object]:
    """The `say --json` contract; several utterances in one file are joined."""
    summary: dict[str, object] = {
        "transcript": " ".join(r.transcript for r in results),
        "reply": " ".join(r.reply for r in results),
        "audio_out_s": round(sum(r.audio_out_s for r in results), 3),
        "timings_ms": results[0].timings_ms,
        "prompt_tokens": results[0].prompt_tokens,
        "reused_tokens": results[0].reused_tokens,
    }
    if len(results) > 1:
        summary["turns"] = [
            {"transcript": r.transcript, "reply": r.reply, "timings_ms": r.timings_ms}
            for r in results
        ]
    return summary


def chat(args: argparse.Namespace) -> int:
    config, persona = setup(args)
    engine = asyncio.run(Engine.load(config, persona, voice=False))
    conversation = Conversation(engine, persona, config)
    interactive = sys.stdin.isatty()

    async def converse() -> None:
        while True:
            if interactive:
                print("you> ", end="", flush=True)
            line = await asyncio.to_thread(sys.stdin.readline)
            if not line:
                break
            if not line.strip():
                continue
            print(f"{persona.name.lower()}> ", end="", flush=True)
            async for delta in conversation.chat(line.strip()):
                print(delta, end="", flush=True)
            print()
        await conversation.finish()  # pending memory writes, then the facts still to extract

    try:
        asyncio.run(converse())
    finally:
        engine.close()
    return 0


def run(args: argparse.Namespace) -> int:
    config, persona = setup(args)
    source, sink, echo = live_audio(args, config)  # before the models: a wrong device costs nothing
    engine = asyncio.run(Engine.load(config, persona))

    async def converse() -> None:
        conversation = Conversation(engine, persona, config)
        conversation.bus.subscribe(print_dialogue(persona))
        if isinstance(sink, WavFileSink):  # one file per reply
            conversation.bus.subscribe(lambda e: sink.new_file() if isinstance(e, Reply) else None)
        main_task = asyncio.current_task()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):  # Ctrl-C or a service stop: shut down cleanly
            loop.add_signal_handler(sig, main_task.cancel)  # type: ignore[union-attr]
        def announce() -> None:
            print(f"{persona.name} is listening. Press Ctrl-C to stop.", file=sys.stderr,
                  flush=True)

        if isinstance(source, MicrophoneSource):  # only true once audio really flows
            source.on_open = announce
        else:
            announce()
        try:
            await conversation.run(source, sink, realtime=True, echo=echo)
        except asyncio.CancelledError:
            pass
        finally:
            sink.stop()
            sink.close()
            source.close()

    try:
        asyncio.run(converse())
    finally:
        engine.close()
    print("Stopped.", file=sys.stderr)
    return 0


def live_audio(args: argparse.Namespace,
               config: Config) -> tuple[AudioSource, AudioSink, EchoCanceller | EchoGate | None]:
    """Microphone or raw PCM on stdin; speaker or a folder of WAV files; and the echo
    canceller, where our own speaker can reach our own microphone."""
    from hardware.devices import pick_input_device, pick_output_device
    from shells.live_audio import echo_mode, open_live_audio
    from voice.sinks import SpeakerSink
    from voice.sources import MicrophoneSource, RawPcmSource

    mode = echo_mode(config, args.no_echo_gate)  # a wrong setting fails before the devices
    if not args.stdin and args.out is None:
        live = open_live_audio(config, args.input_device, args.output_device, mode)
        return live.source, live.sink, live.echo
    if args.stdin:
        from voice.wavfile import MAX_CHANNELS, MAX_RATE, MIN_RATE

        if not MIN_RATE <= args.rate <= MAX_RATE or not 1 <= args.channels <= MAX_CHANNELS:
            raise CompanionError(f"--rate {args.rate} --channels {args.channels}: use a rate "
                                 f"from {MIN_RATE} to {MAX_RATE} Hz and 1 to {MAX_CHANNELS} "
                                 "channels.")
        source: AudioSource = RawPcmSource(sys.stdin.buffer, rate=args.rate,
                                           channels=args.channels, width=args.width)
    else:
        source = MicrophoneSource(
            device=pick_input_device(args.input_device or config.audio.input_device))
    if args.out is not None:
        from voice.outfile import check_folder

        return source, WavFileSink(check_folder(args.out, "--out")), None
    device = pick_output_device(args.output_device or config.audio.output_device)
    return source, SpeakerSink(device=device), None


def print_dialogue(persona: Persona) -> Callable[[Event], None]:
    """An observer that prints each final transcript and reply as they happen."""

    def observe(event: Event) -> None:
        if isinstance(event, Transcript) and event.final and event.text:
            print(f"you: {event.text}", flush=True)
        elif isinstance(event, Reply):
            print(f"{persona.name.lower()}: {event.text}", flush=True)
        elif isinstance(event, ErrorEvent):
            print(f"({event.message})", file=sys.stderr, flush=True)

    return observe


def demo(args: argparse.Namespace) -> int:
    from tools.demo import run_demo

    config, persona = setup(args)
    return run_demo(config, persona, args.out)


def bench(args: argparse.Namespace) -> int:
    if args.quality:
        from tools.quality_bench.bench import run as run_quality

        return run_quality([args.llm] if args.llm else None, args.persona or "juniper",
                           as_json=args.json)
    from shells.mqtt.bench import satellite_voice_to_voice
    from shells.web.bench import browser_voice_to_voice
    from tools.bench.latency import run_bench

    config, persona = setup(args)

    def satellite(engine: Engine, speech: list[np.ndarray]) -> object:
        return asyncio.run(satellite_voice_to_voice(engine, persona, config, speech[:5]))

    def browsers(engine: Engine, speech: list[np.ndarray]) -> object:
        return asyncio.run(browser_voice_to_voice(engine, persona, config, speech[:5]))

    return run_bench(config, persona, args.turns, args.json, with_memory=args.bench_memory,
                     with_llms=args.bench_llms, with_extras=args.bench_extras,
                     extra_rows={"satellite": satellite, "browsers": browsers},
                     long_run_turns=max(0, args.long_run_turns))


def devices(args: argparse.Namespace) -> int:
    from hardware.devices import format_devices, list_audio_devices

    found = list_audio_devices()
    print(format_devices(found))
    return 0


def doctor(args: argparse.Namespace) -> int:
    from shells.cli.hardware_commands import doctor_command

    config = load_config(args.config, args.home)
    overrides = {"llm": args.llm or config.models.llm, "stt": args.stt or config.models.stt,
                 "tts": args.tts or config.models.tts, "embedder": config.models.embedder,
                 "turn": config.models.turn, "turn_words": config.models.turn_words}
    return doctor_command(args, overrides, echo_mode=config.audio.echo,
                          turn_model=config.audio.turn_model, turn_words=config.audio.turn_words,
                          region=config.region)


def models(args: argparse.Namespace) -> int:
    from models.resolve import format_model_status, model_status
    from shells.cli.hardware_commands import handle_models_action

    handled = handle_models_action(args)
    if handled is not None:
        return handled
    if args.models_command == "fetch":
        from models.__main__ import configured_argv
        from models.__main__ import main as models_main

        config = load_config(args.config, args.home)  # fetch what this config will load
        draft = config.llm.draft_model if config.llm.draft == "model" else None
        overrides = {"llm": getattr(args, "llm", None) or config.models.llm,
                     "stt": getattr(args, "stt", None) or config.models.stt,
                     "tts": getattr(args, "tts", None) or config.models.tts,
                     "embedder": config.models.embedder, "turn": config.models.turn,
                     "turn_words": config.models.turn_words}
        return models_main(["fetch", *configured_argv(overrides, [draft]),
                            *(["--all"] if args.all else [])])
    if args.models_command == "compare":
        from tools.compare import compare_models

        return compare_models(args.names, as_json=args.json, config=setup(args)[0])
    config, persona = setup(args)
    overrides = {"llm": config.models.llm, "stt": config.models.stt,
                 "tts": config.models.tts or persona.voice, "embedder": config.models.embedder,
                 "turn": config.models.turn, "turn_words": config.models.turn_words}
    statuses = model_status(overrides)
    if args.json:
        print(json.dumps([s.to_dict() for s in statuses], indent=2))
    else:
        print(format_model_status(statuses))
    return 0 if all(s.present for s in statuses) else 1
