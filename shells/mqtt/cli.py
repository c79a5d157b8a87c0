"""`companion serve` and `companion satellite`: argument parsing and wiring.

Wired into shells.cli.main with ``register(subparsers)`` and ``handle(args)``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Callable, Coroutine, Sequence
from typing import TYPE_CHECKING, Any

from models.errors import CompanionError
from shells.mqtt.topics import valid_id
from shells.running import run_all, run_until_signal

if TYPE_CHECKING:  # aiomqtt is imported only when a command runs: `--help` stays instant
    from pipeline.config import Config
    from pipeline.engine import Engine
    from pipeline.persona import Persona
    from shells.mqtt.bridge import BrokerSettings

# Another shell served beside the MQTT service on the same loop and models (`serve --web`).
Alongside = Callable[["Engine", "Persona", "Config"], Coroutine[Any, Any, None]]

DEVICE_ENV = "COMPANION_DEVICE_ID"


class ServeUsageError(CompanionError):
    """serve/satellite got options it cannot use."""


def _broker_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--mqtt", metavar="URL",
                        help="broker: mqtt://[user@]host:port (mqtts:// for TLS); default "
                             "$COMPANION_MQTT or [mqtt] url. The password comes from "
                             "$COMPANION_MQTT_PASSWORD(_FILE) or [mqtt] password_file")
    parser.add_argument("--tls-ca", metavar="FILE", help="CA certificate of the broker (TLS)")
    parser.add_argument("--tls-cert", metavar="FILE", help="client certificate (TLS)")
    parser.add_argument("--tls-key", metavar="FILE", help="client key (TLS)")
    parser.add_argument("--input-device", help="microphone: index or name part")
    parser.add_argument("--output-device", help="speaker: index or name part")


def register(subparsers: Any) -> None:  # noqa: ANN401 - argparse's private subparsers type
    serve = subparsers.add_parser("serve", help="run as a smart speaker controlled over MQTT")
    _broker_options(serve)
    serve.add_argument("--device-id", default=os.environ.get(DEVICE_ENV, "companion"),
                       help=f"topic prefix companion/<id>/ (default: ${DEVICE_ENV} or companion)")
    serve.add_argument("--no-audio", action="store_true",
                       help="no microphone or speaker here: commands and satellites only")
    serve.add_argument("--no-echo-gate", action="store_true",
                       help='no echo handling: trust the microphone (a headset, a device that '
                            'cancels its own echo); the same as [audio] echo = "off"')
    serve.add_argument("--unregister", action="store_true",
                       help="remove the Home Assistant entities and retained state, then exit")
    serve.add_argument("--wake", default="hey {name}", metavar="PHRASE",
                       help='wake phrase, {name} = persona name (default: "hey {name}")')
    serve.add_argument("--no-wake", action="store_true", help="answer every utterance")
    serve.add_argument("--followup", type=float, default=8.0, metavar="S",
                       help="after a reply, answer without the wake phrase for S seconds")
    serve.add_argument("--no-discovery", action="store_true",
                       help="do not publish Home Assistant discovery configs")

    sat = subparsers.add_parser("satellite", help="thin speaker: stream the microphone to a "
                                "`serve` brain over MQTT and play its replies")
    _broker_options(sat)
    sat.add_argument("--device-id", default=os.environ.get(DEVICE_ENV),
                     help=f"this satellite's id (topic prefix; default ${DEVICE_ENV})")


def handle(args: argparse.Namespace) -> int | None:
    """Run `serve` or `satellite`; None for any other command."""
    if args.command == "serve":
        return serve(args)
    if args.command == "satellite":
        return satellite(args)
    return None


def _settings(args: argparse.Namespace, config: Config) -> BrokerSettings:
    from shells.mqtt.settings import broker_settings

    if args.device_id is None:
        raise ServeUsageError(f"Give this satellite an id: --device-id kitchen (or ${DEVICE_ENV}).")
    if not valid_id(args.device_id):
        raise ServeUsageError(f"--device-id {args.device_id!r}: use 1-64 letters, digits, "
                              "'-' or '_'.")
    config_file = args.config or config.home / "config.toml"
    return broker_settings(args.mqtt, config.mqtt, tls_ca=args.tls_ca, tls_cert=args.tls_cert,
                           tls_key=args.tls_key, config_file=config_file)


def serve(args: argparse.Namespace, alongside: Sequence[Alongside] = ()) -> int:
    from pipeline.engine import Engine
    from pipeline.persona import available_personas
    from pipeline.wake import WakeSettings
    from shells.cli.commands import setup
    from shells.mqtt.service import CompanionService, ServeOptions, unregister

    config, persona = setup(args)
    settings = _settings(args, config)
    wake = WakeSettings(phrase=None if args.no_wake or not args.wake.strip() else args.wake,
                        followup_s=args.followup)
    options = ServeOptions.from_config(
        config.mqtt, device_id=args.device_id, wake=wake, discovery=not args.no_discovery,
        seen_ids_path=config.home / "mqtt" / f"{args.device_id}-seen.json")
    if args.unregister:
        count = asyncio.run(unregister(settings, options, sorted(available_personas(
            config.home))))
        print(f"Removed {count} retained topics of {args.device_id}.", file=sys.stderr)
        return 0
    live = None
    if not args.no_audio:
        from models.errors import NoAudioDeviceError
        from shells.live_audio import echo_mode, open_live_audio

        mode = echo_mode(config, args.no_echo_gate)
        try:
            live = open_live_audio(config, args.input_device, args.output_device, mode)
        except NoAudioDeviceError as exc:
            raise ServeUsageError(f"{exc} Without a sound card, run serve with --no-audio "
                                  "(commands and satellites only).") from exc
    engine = asyncio.run(Engine.load(config, persona))
    memory = store_handler(engine.memory, config.user) if getattr(engine, "memory", None) \
        else None
    service = CompanionService(engine, persona, config, settings, options,
                               sink=live.sink if live else None, memory=memory)
    print(f"{persona.name} serves companion/{args.device_id}/ on {settings.host}:"
          f"{settings.port}. Press Ctrl-C to stop.", file=sys.stderr, flush=True)
    try:
        run_until_signal(run_all(service.run(live.source if live else None,
                                             echo=live.echo if live else None),
                                 *(serve_too(engine, persona, config) for serve_too in alongside)))
    finally:
        for closable in (live, engine):  # the engine flushes the memory index
            if getattr(closable, "close", None) is not None:
                closable.close()  # type: ignore[union-attr]
    print("Stopped.", file=sys.stderr)
    return 0


def satellite(args: argparse.Namespace) -> int:
    from pipeline.listen import make_vad
    from shells.cli.commands import setup
    from shells.mqtt.satellite import SatelliteClient

    config, _ = setup(args)
    settings = _settings(args, config)
    source, sink = _live_audio(args, config)
    client = SatelliteClient(settings, args.device_id, source, sink, make_vad(config.audio),
                             backoff_s=(0.5, config.mqtt.reconnect_max_s))
    print(f"Satellite {args.device_id} streams to {settings.host}:{settings.port}. "
          "Press Ctrl-C to stop.", file=sys.stderr, flush=True)
    try:
        run_until_signal(client.run())
    finally:
        sink.close()
        source.close()
    print("Stopped.", file=sys.stderr)
    return 0


def _live_audio(args: argparse.Namespace, config: Any) -> tuple[Any, Any]:  # noqa: ANN401
    """A satellite's microphone and speaker: half-duplex on its own side, no canceller here."""
    from hardware.devices import pick_input_device, pick_output_device
    from voice.sinks import SpeakerSink
    from voice.sources import MicrophoneSource

    source = MicrophoneSource(device=pick_input_device(args.input_device
                                                       or config.audio.input_device))
    sink = SpeakerSink(device=pick_output_device(args.output_device
                                                 or config.audio.output_device))
    return source, sink


def store_handler(store: Any, profile: str) -> Any:  # noqa: ANN401 - memory.MemoryStore
    """cmd/memory/forget and cmd/memory/search on the engine's store (thread-safe), off the loop."""

    async def handle(action: str, query: str) -> dict[str, Any]:
        if action == "forget":
            ids = await asyncio.to_thread(store.forget, query, profile=profile)
            return {"forgotten": list(ids)}
        hits = await asyncio.to_thread(store.search, query, k=5, profile=profile)
        return {"hits": [{"id": h.id, "text": h.text, "score": round(float(h.score), 4),
                          "kind": h.kind} for h in hits]}

    return handle
