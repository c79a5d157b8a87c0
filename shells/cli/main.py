"""`companion`: the command-line entry point (contract in the README's Commands)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from models.errors import CompanionError
from shells.cli import hardware_commands, memory_commands
from shells.mqtt import cli as mqtt_cli
from shells.web import cli as web_cli

log = logging.getLogger("companion")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="companion",
        description="A local, voice-first companion that listens, thinks and speaks.")
    add_global_options(parser)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    say = sub.add_parser("say", help="one spoken turn from a WAV file")
    say.add_argument("input", type=Path, help="WAV file with the user's words (any rate/width)")
    say.add_argument("--out", type=Path, required=True, help="where to write the reply (WAV)")
    say.add_argument("--json", action="store_true", help="print the result as JSON")

    sub.add_parser("chat", help="text conversation with the same model, persona and history")

    run = sub.add_parser("run", help="live conversation on the microphone and speaker")
    run.add_argument("--input-device", help="microphone: index or name part (see `devices`)")
    run.add_argument("--output-device", help="speaker: index or name part (see `devices`)")
    run.add_argument("--no-echo-gate", action="store_true",
                     help='no echo handling: trust the microphone (a headset, a device that '
                          'cancels its own echo); the same as [audio] echo = "off"')
    run.add_argument("--stdin", action="store_true",
                     help="read raw PCM from stdin instead of the microphone "
                          "(e.g. `arecord -f S16_LE -r 16000 | companion run --stdin`)")
    run.add_argument("--rate", type=int, default=16000, help="--stdin sample rate (Hz)")
    run.add_argument("--channels", type=int, default=1, help="--stdin channel count")
    run.add_argument("--width", type=int, default=2, choices=[1, 2, 4],
                     help="--stdin bytes per sample (1 = unsigned 8-bit, 2/4 = signed)")
    run.add_argument("--out", type=Path, metavar="DIR",
                     help="write each reply to DIR/reply-NNNN.wav instead of the speaker")

    demo = sub.add_parser("demo", help="a scripted spoken conversation, no sound card needed")
    demo.add_argument("--out", type=Path, default=Path("demo-out"), help="folder for the WAVs")

    bench = sub.add_parser("bench", help="latency benchmark")
    bench.add_argument("--turns", type=int, default=20, help="spoken turns (default 20)")
    bench.add_argument("--json", action="store_true", help="one line of JSON")
    bench.add_argument("--no-memory", dest="bench_memory", action="store_false",
                       help="skip the run with a filled memory store")
    bench.add_argument("--no-llms", dest="bench_llms", action="store_false",
                       help="skip the per-LLM speculative decoding rows")
    bench.add_argument("--no-extras", dest="bench_extras", action="store_false",
                       help="skip the remote-server, MQTT satellite, browser, wake-phrase and "
                            "long-run rows")
    bench.add_argument("--quality", action="store_true",
                       help="reply quality instead of latency: multi-session conversations "
                            "judged by rules (the LLM of --llm, else every LLM present)")
    bench.add_argument("--long-run-turns", type=int, default=200, metavar="N",
                       help="typed turns of the long-run row (default 200, 0 skips it)")

    memory_commands.register(sub)
    mqtt_cli.register(sub)
    web_cli.register(sub)  # after serve: it adds serve's --web

    sub.add_parser("devices", help="list audio devices")
    hardware_commands.register_doctor_options(
        sub.add_parser("doctor", help="check this machine, its audio, models and speed"))

    models = sub.add_parser("models", help="list, fetch or compare models")
    models.add_argument("--json", action="store_true")
    models_sub = models.add_subparsers(dest="models_command", metavar="ACTION")
    fetch = models_sub.add_parser("fetch", help="download and verify the default models")
    fetch.add_argument("--all", action="store_true", help="also the alternative models")
    compare = models_sub.add_parser("compare", help="measure reply quality and speed of LLMs")
    compare.add_argument("names", nargs="*", help="catalog names or GGUF paths (default: all)")
    compare.add_argument("--json", action="store_true")
    hardware_commands.register_models_actions(models_sub)
    _accept_global_options_after_the_command(parser)
    return parser


def add_global_options(parser: argparse.ArgumentParser, after_command: bool = False) -> None:
    """Options of every command. After the command (``after_command``) they have no default of
    their own, so that `companion --home A say x` keeps A; an option a command already has
    (`memory ... --profile`, whose memories) keeps that command's meaning."""
    taken = parser._option_string_actions
    quiet = {"default": argparse.SUPPRESS} if after_command else {}

    def option(*names: str, **kwargs: object) -> None:
        if not any(name in taken for name in names):
            parser.add_argument(*names, **{**kwargs, **quiet})  # type: ignore[arg-type]

    option("-v", "--verbose", action="count", default=0,
           help="more logging: -v for events and timings, -vv for everything")
    option("--home", type=Path, help="data folder (default $COMPANION_HOME or "
           "~/.local/share/companion)")
    option("--config", type=Path, help="TOML config file (default HOME/config.toml)")
    option("--persona", help="persona name or TOML file (default: juniper)")
    option("--user", help="whose memories to use (default: config, 'default')")
    if "--profile" not in taken:
        hardware_commands.register_profile_option(parser, **quiet)
    option("--no-memory", action="store_true",
           help="neither recall nor save memories in this session")
    option("--llm", help="LLM: catalog name or a local .gguf path")
    option("--stt", help="speech recognizer: catalog name or faster-whisper dir")
    option("--tts", help="voice: catalog name or a piper .onnx path")
    option("--remote-url", help="use an OpenAI-compatible inference server "
           "(llama-server, vLLM, SGLang, Ollama) instead of the local LLM")
    option("--remote-model", help="the server's model name (default: its first)")
    option("--remote-api-key", help="API key for the server, if it needs one (shown by `ps`: "
           "prefer $COMPANION_REMOTE_API_KEY or [remote] api_key)")


def _accept_global_options_after_the_command(parser: argparse.ArgumentParser) -> None:
    """Users type `companion say x.wav --out y.wav --home DIR`: every (sub)command takes them."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                add_global_options(command, after_command=True)
                _accept_global_options_after_the_command(command)


def setup_logging(verbosity: int) -> None:
    """Quiet by default (warnings only); -v info; -vv debug. One key=value line per record."""
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(verbosity, 2)]
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(
        "ts=%(asctime)s level=%(levelname)s logger=%(name)s msg=%(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    if verbosity < 2:  # third-party chatter only at -vv
        for noisy in ("faster_whisper", "piper", "httpx", "numba"):
            logging.getLogger(noisy).setLevel(logging.WARNING)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    from shells.cli import commands  # imported late so `--help` stays instant

    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "say": commands.say, "chat": commands.chat, "run": commands.run,
        "demo": commands.demo, "bench": commands.bench, "devices": commands.devices,
        "doctor": commands.doctor, "models": commands.models,
        "memory": memory_commands.handle,
        "serve": lambda a: mqtt_cli.serve(a, alongside=web_cli.alongside(a)),
        "satellite": mqtt_cli.handle, "web": web_cli.handle,
    }
    try:
        return handlers[args.command](args)
    except CompanionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return 0
    except asyncio.CancelledError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
