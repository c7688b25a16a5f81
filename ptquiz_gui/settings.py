"""User preferences, kept as JSON in the config folder and written atomically.

A damaged settings file never stops the app: the defaults are used and the reason is
kept in ``SettingsLoad.notice`` for the window to show.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any

from ptquiz_gui.atomic_files import write_bytes_atomic


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


FONT_SCALE_MIN = 0.8
FONT_SCALE_MAX = 1.8


@dataclass(frozen=True, slots=True)
class Settings:
    theme: Theme = Theme.SYSTEM
    font_scale: float = 1.0
    shuffle: bool = True
    mixed_count: int = 20
    last_bank_id: str = ""
    window_geometry: str = ""

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


def load_settings(path: Path) -> SettingsLoad:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return SettingsLoad(Settings())
    except (OSError, UnicodeDecodeError) as exc:
        return SettingsLoad(Settings(), f"Could not read the settings file {path} ({exc}); using defaults.")
    try:
        raw = json.loads(text)
        if not isinstance(raw, dict):
            raise ValueError("not a JSON object")
    except ValueError as exc:
        return SettingsLoad(
            Settings(), f"The settings file {path} is damaged ({exc}); using the default settings."
        )
    settings, bad = _coerce(raw)
    if bad:
        return SettingsLoad(settings, f"Ignored invalid values in {path}: {', '.join(bad)}.")
    return SettingsLoad(settings)


def save_settings(path: Path, settings: Settings) -> None:
    """Write atomically; raises OSError when the folder cannot be written."""
    data = {k: (v.value if isinstance(v, Enum) else v) for k, v in asdict(settings).items()}
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(path, json.dumps(data, indent=2, sort_keys=True).encode("utf-8") + b"\n")
