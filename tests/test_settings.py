"""Settings survive restarts, and a damaged file falls back to defaults with a message."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ptquiz_gui.settings import Settings, Theme, load_settings, save_settings

if TYPE_CHECKING:
    from app_fixtures import Launcher


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "settings.json"
    wanted = Settings(theme=Theme.DARK, font_scale=1.3, shuffle=False, mixed_count=35, last_bank_id="b")
    save_settings(path, wanted)
    loaded = load_settings(path)
    assert loaded.notice is None
    assert loaded.settings == wanted


def test_missing_file_gives_defaults_silently(tmp_path: Path) -> None:
    loaded = load_settings(tmp_path / "nope.json")
    assert loaded.settings == Settings() and loaded.notice is None


def test_corrupt_file_gives_defaults_and_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b'{"theme": "dark", ')
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert loaded.notice is not None and str(path) in loaded.notice and "damaged" in loaded.notice


def test_wrong_values_are_ignored_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"theme": "purple", "font_scale": 9, "shuffle": "yes", "mixed_count": 12}')
    loaded = load_settings(path)
    assert loaded.settings.theme is Theme.SYSTEM
    assert loaded.settings.shuffle is True
    assert loaded.settings.mixed_count == 12
    assert loaded.settings.font_scale == 1.8  # clamped to the largest scale
    assert loaded.notice is not None and "theme" in loaded.notice and "shuffle" in loaded.notice


def test_desired_retention_round_trips_and_one_out_of_range_is_refused(tmp_path: Path) -> None:
    from ptquiz_gui.domain import fsrs_cards
    from ptquiz_gui.settings import RETENTION_DEFAULT, RETENTION_MAX, RETENTION_MIN

    assert (RETENTION_DEFAULT, RETENTION_MIN, RETENTION_MAX) == (
        fsrs_cards.DEFAULT_RETENTION,
        fsrs_cards.MIN_RETENTION,
        fsrs_cards.MAX_RETENTION,
    )
    path = tmp_path / "settings.json"
    save_settings(path, Settings(desired_retention=0.85))
    assert load_settings(path).settings.desired_retention == 0.85
    path.write_text('{"desired_retention": 0.99}')
    loaded = load_settings(path)
    assert loaded.settings.desired_retention == 0.90
    assert loaded.notice is not None and "desired_retention" in loaded.notice


def test_save_replaces_atomically_leaving_no_temp_files(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, Settings(mixed_count=5))
    save_settings(path, Settings(mixed_count=6))
    assert load_settings(path).settings.mixed_count == 6
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_a_settings_file_nested_too_deep_is_moved_aside_and_the_user_is_told(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    damaged = b"[" * 100_000
    path.write_bytes(damaged)

    loaded = load_settings(path)

    assert loaded.settings == Settings()
    assert loaded.notice is not None
    assert f"The settings file {path} is damaged (its lists or objects are nested too deep)" in loaded.notice
    [aside] = [p for p in tmp_path.iterdir() if p.name.startswith("settings.json.damaged-")]
    assert f"it was moved to {aside}" in loaded.notice
    assert aside.read_bytes() == damaged  # kept for the user, never deleted
    assert not path.exists()  # the next save starts a fresh file


def test_a_file_where_the_settings_folder_should_be_is_named_in_plain_words(tmp_path: Path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the settings folder should be")

    loaded = load_settings(blocker / "settings.json")

    assert loaded.settings == Settings()
    assert loaded.notice == (
        f"Could not read the settings file {blocker / 'settings.json'}: {blocker} is a file where a folder "
        "should be. Using the default settings."
    )
    assert "Errno" not in loaded.notice


def test_the_start_shows_the_damaged_settings_notice_in_the_banner(launch: Launcher, data_dir: Path) -> None:
    (data_dir / "settings.json").write_bytes(b'{"theme": ' + b"[" * 100_000)

    run = launch(data_dir)

    assert run.window.banner.isVisible()
    text = run.window.banner.label.text()
    assert f"The settings file {data_dir / 'settings.json'} is damaged" in text and "nested too deep" in text
