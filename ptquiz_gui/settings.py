"""User preferences, kept as JSON in the config folder and written atomically.

A damaged settings file never stops the app: it is moved aside (kept, never deleted), the
defaults are used and the reason is kept in ``SettingsLoad.notice`` for the window to show.
"""

from __future__ import annotations

import errno
import json
import os
from dataclasses import asdict, dataclass, fields, replace
from enum import Enum, StrEnum
from datetime import datetime
from pathlib import Path
from typing import Any

from ptquiz_gui.atomic_files import write_bytes_atomic
from ptquiz_gui.domain import display
from ptquiz_gui.paths import file_in_the_way


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


FONT_SCALE_MIN = 0.8
FONT_SCALE_MAX = 1.8
# Desired retention of the spaced review; the same range as ``domain.fsrs_cards`` (which
# loads the FSRS library, so it is not imported at start).
RETENTION_DEFAULT = 0.90
RETENTION_MIN = 0.80
RETENTION_MAX = 0.97


@dataclass(frozen=True, slots=True)
class Settings:
    theme: Theme = Theme.SYSTEM
    font_scale: float = 1.0
    shuffle: bool = True
    mixed_count: int = 20
    last_bank_id: str = ""
    window_geometry: str = ""
    desired_retention: float = RETENTION_DEFAULT
    language: str = ""  # a UI language code (``de``); empty follows the system

    def with_font_scale(self, scale: float) -> Settings:
        return replace(self, font_scale=round(min(FONT_SCALE_MAX, max(FONT_SCALE_MIN, scale)), 2))


@dataclass(frozen=True, slots=True)
class SettingsLoad:
    settings: Settings
    notice: str | None = None


def _coerce(raw: dict[str, Any]) -> tuple[Settings, list[str]]:
    defaults = Settings()
    values: dict[str, Any] = {}
    bad: list[str] = []
    for f in fields(Settings):
        if f.name not in raw:
            continue
        value, default = raw[f.name], getattr(defaults, f.name)
        try:
            if isinstance(default, Theme):
                values[f.name] = Theme(value)
            elif isinstance(default, bool):
                if not isinstance(value, bool):
                    raise TypeError
                values[f.name] = value
            elif isinstance(default, float):
                if isinstance(value, bool) or not isinstance(value, int | float):
                    raise TypeError
                if f.name == "desired_retention" and not RETENTION_MIN <= value <= RETENTION_MAX:
                    raise ValueError
                values[f.name] = float(value)
            elif isinstance(default, int):
                if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                    raise TypeError
                values[f.name] = value
            else:
                if not isinstance(value, str):
                    raise TypeError
                values[f.name] = value
        except (TypeError, ValueError):
            bad.append(f.name)
    settings = Settings(**values)
    return settings.with_font_scale(settings.font_scale), bad


def os_error_words(error: OSError, path: Path) -> str:
    """Why ``path`` could not be read or written, in words that name the culprit."""
    if error.errno == errno.ENOTDIR:
        blocker = file_in_the_way(path) or path.parent
        return display.translate("settings", "{path} is a file where a folder should be").format(path=blocker)
    if error.errno == errno.EISDIR:
        return display.translate("settings", "{path} is a folder, not a file").format(path=path)
    if error.errno in (errno.EACCES, errno.EPERM):
        return display.translate("settings", "no permission to use {path}").format(path=path)
    words = error.strerror or str(error) or type(error).__name__
    return words[0].lower() + words[1:]


def _move_aside(path: Path, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
        n += 1
    os.replace(path, target)
    return target


def _damaged(path: Path, reason: str, now: datetime | None) -> SettingsLoad:
    try:
        aside = _move_aside(path, now or datetime.now().astimezone())
    except OSError as exc:
        notice = display.translate(
            "settings",
            "The settings file {path} is damaged ({reason}); it could not be moved aside ({why}). "
            "Using the default settings.",
        ).format(path=path, reason=reason, why=os_error_words(exc, path))
    else:
        notice = display.translate(
            "settings",
            "The settings file {path} is damaged ({reason}); it was moved to {aside}. "
            "Using the default settings.",
        ).format(path=path, reason=reason, aside=aside)
    return SettingsLoad(Settings(), notice)


def load_settings(path: Path, now: datetime | None = None) -> SettingsLoad:
    """Read the settings; anything unreadable gives the defaults and a notice, never an error.

    A file whose content is damaged (not UTF-8, not JSON, nested too deep, not an object) is
    moved aside to ``<name>.damaged-<local time>`` so the next save does not overwrite it.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return SettingsLoad(Settings())
    except OSError as exc:
        why = os_error_words(exc, path)
        notice = display.translate(
            "settings", "Could not read the settings file {path}: {why}. Using the default settings."
        ).format(path=path, why=why)
        return SettingsLoad(Settings(), notice)
    try:
        raw = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        return _damaged(path, display.translate("settings", "it is not UTF-8 text"), now)
    except RecursionError:
        return _damaged(path, display.translate("settings", "its lists or objects are nested too deep"), now)
    except ValueError as exc:
        return _damaged(path, display.translate("settings", "not valid JSON: {error}").format(error=exc), now)
    if not isinstance(raw, dict):
        return _damaged(path, display.translate("settings", "it is not a JSON object"), now)
    settings, bad = _coerce(raw)
    if bad:
        ignored = display.translate("settings", "Ignored invalid values in {path}: {names}.")
        return SettingsLoad(settings, ignored.format(path=path, names=", ".join(bad)))
    return SettingsLoad(settings)


def save_settings(path: Path, settings: Settings) -> None:
    """Write atomically; raises OSError when the folder cannot be written."""
    data = {k: (v.value if isinstance(v, Enum) else v) for k, v in asdict(settings).items()}
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(path, json.dumps(data, indent=2, sort_keys=True).encode("utf-8") + b"\n")
