"""Which broker, as whom, over what: from the command line, the environment and ``[mqtt]``.

A secret never has to be on the command line, where `ps` shows it to every user of the box:
the password comes from ``$COMPANION_MQTT_PASSWORD``, from the file that
``$COMPANION_MQTT_PASSWORD_FILE`` names (systemd's LoadCredential= gives one), or from the
config's ``[mqtt] password_file`` / ``password``. A password typed into ``--mqtt`` still works,
with a warning. Any URL shown is masked (models.redact).
"""

from __future__ import annotations

import dataclasses
import logging
import os
import stat
from collections.abc import Mapping
from pathlib import Path

from models.redact import mask_url
from pipeline.config import MqttConfig
from shells.mqtt.bridge import BrokerSettings, BrokerUrlError

log = logging.getLogger(__name__)

URL_ENV = "COMPANION_MQTT"
USER_ENV = "COMPANION_MQTT_USERNAME"
PASSWORD_ENV = "COMPANION_MQTT_PASSWORD"
PASSWORD_FILE_ENV = "COMPANION_MQTT_PASSWORD_FILE"


def broker_settings(cli_url: str | None, mqtt: MqttConfig, *, tls_ca: str | None = None,
                    tls_cert: str | None = None, tls_key: str | None = None,
                    env: Mapping[str, str] = os.environ,
                    config_file: Path | None = None) -> BrokerSettings:
    """The broker to use: the URL from --mqtt, $COMPANION_MQTT or [mqtt] url (first given);
    user and password from the URL, else the environment, else the config."""
    url = cli_url or env.get(URL_ENV) or mqtt.url
    if not url:
        raise BrokerUrlError(f"No broker given: use --mqtt mqtt://host:1883, set {URL_ENV}, or "
                             "set [mqtt] url in the config.")
    settings = BrokerSettings.from_url(url, tls_ca or mqtt.tls_ca or None,
                                       tls_cert or mqtt.tls_cert or None,
                                       tls_key or mqtt.tls_key or None)
    if cli_url and settings.password:
        log.warning("mqtt.password_on_command_line url=%s: every user of this machine can read "
                    "it with `ps`; set %s or %s, or [mqtt] password_file, instead",
                    mask_url(cli_url), PASSWORD_ENV, PASSWORD_FILE_ENV)
    if mqtt.password and config_file is not None:
        _warn_if_readable(config_file)
    return dataclasses.replace(
        settings, username=settings.username or env.get(USER_ENV) or mqtt.username or None,
        password=settings.password or _password(mqtt, env))


def _password(mqtt: MqttConfig, env: Mapping[str, str]) -> str | None:
    if env.get(PASSWORD_ENV):
        return env[PASSWORD_ENV]
    file = env.get(PASSWORD_FILE_ENV) or mqtt.password_file
    if file:
        try:
            lines = Path(file).expanduser().read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise BrokerUrlError(f"Cannot read the MQTT password file {file} ({exc}); check "
                                 f"{PASSWORD_FILE_ENV} or [mqtt] password_file.") from None
        if not lines or not lines[0]:
            raise BrokerUrlError(f"The MQTT password file {file} is empty; put the password "
                                 "on its first line.")
        return lines[0]
    return mqtt.password or None


def _warn_if_readable(config_file: Path) -> None:
    try:
        mode = stat.S_IMODE(config_file.stat().st_mode)
    except OSError:
        return
    if mode & 0o077:
        log.warning("mqtt.password_readable file=%s mode=%o: other users can read the broker "
                    "password; chmod 600 it, or use [mqtt] password_file", config_file, mode)
