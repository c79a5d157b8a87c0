"""The companion on MQTT: commands and events (the README's MQTT section), Home Assistant discovery,
Rhasspy Hermes topics, satellites that stream audio, and the wake phrase.

bridge      the broker connection: reconnect with backoff, an outbox that survives outages
topics      every topic name in one place
commands    payload validation -> typed commands, duplicate-id detection
service     the brain: commands -> conversation, conversation events -> MQTT
satellites  brain side of satellite speakers: one conversation per satellite
satellite   the thin satellite client (`companion satellite`)
audio       audio over MQTT: queue-fed source, publishing sink, volume, the audio/out header
wake        wake phrase gate with fuzzy matching, push-to-talk and a follow-up window
discovery   Home Assistant MQTT discovery configs
hermes      Rhasspy Hermes compatibility
cli         `companion serve` and `companion satellite`
"""
