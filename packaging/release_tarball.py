"""The Linux release tarball: the one-folder app plus what installs it for one user.

Layout inside ``ptquiz-<version>-linux-<arch>.tar.gz``::

    ptquiz-<version>-linux-<arch>/
        ptquiz/                        the one-folder app (ptquiz/ptquiz is the executable)
        install.sh  uninstall.sh  ptquiz.desktop  README.txt
        icons/hicolor/<N>x<N>/apps/ptquiz.png
        icons/hicolor/scalable/apps/ptquiz.svg

Used by ``build.py`` and by the tests, which feed it a small fake app folder.
"""

from __future__ import annotations

import io
import re
import tarfile
import time
from pathlib import Path

PACKAGING_DIR = Path(__file__).resolve().parent
LINUX_DIR = PACKAGING_DIR / "linux"
ICONS_DIR = PACKAGING_DIR.parent / "resources" / "icons"
APP_NAME = "ptquiz"

_README = """\
{display_name} {version}

Install for your user (no root needed):   ./install.sh
Then start it from your applications menu, or run:   ~/.local/bin/{name}
Remove it again:   ~/.local/lib/{name}/uninstall.sh   (your history and banks are kept)

You can also run it without installing:   ./{name}/{name}
"""


def release_name(version: str, arch: str) -> str:
    return f"{APP_NAME}-{version}-linux-{arch}"


def icon_pngs(icons_dir: Path = ICONS_DIR) -> dict[int, Path]:
    """The rendered PNG icons by pixel size (``ptquiz-<N>.png``)."""
    found: dict[int, Path] = {}
    for path in icons_dir.glob(f"{APP_NAME}-*.png"):
        match = re.fullmatch(rf"{APP_NAME}-(\d+)\.png", path.name)
        if match:
            found[int(match.group(1))] = path
    return dict(sorted(found.items()))


def _normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def make_release_tarball(
    app_dir: Path,
    out_dir: Path,
    version: str,
    arch: str,
    display_name: str = "PTQuiz",
    icons_dir: Path = ICONS_DIR,
) -> Path:
    """Write ``out_dir/ptquiz-<version>-linux-<arch>.tar.gz`` and return its path."""
    executable = app_dir / APP_NAME
    if not executable.is_file():
        raise FileNotFoundError(f"{executable}: not found; build the one-folder app first")
    pngs = icon_pngs(icons_dir)
    if not pngs:
        raise FileNotFoundError(f"{icons_dir}: no {APP_NAME}-<size>.png icons; run packaging/make_icons.py")
    top = release_name(version, arch)
    out_dir.mkdir(parents=True, exist_ok=True)
    tarball = out_dir / f"{top}.tar.gz"
    readme = _README.format(display_name=display_name, version=version, name=APP_NAME).encode("utf-8")
    partial = tarball.with_name(tarball.name + ".partial")
    with tarfile.open(partial, "w:gz") as tar:
        tar.add(app_dir, arcname=f"{top}/{APP_NAME}", filter=_normalise)
        for script in ("install.sh", "uninstall.sh"):
            tar.add(LINUX_DIR / script, arcname=f"{top}/{script}", filter=_normalise)
        tar.add(LINUX_DIR / f"{APP_NAME}.desktop", arcname=f"{top}/{APP_NAME}.desktop", filter=_normalise)
        for size, png in pngs.items():
            arcname = f"{top}/icons/hicolor/{size}x{size}/apps/{APP_NAME}.png"
            tar.add(png, arcname=arcname, filter=_normalise)
        tar.add(
            icons_dir / f"{APP_NAME}.svg",
            arcname=f"{top}/icons/hicolor/scalable/apps/{APP_NAME}.svg",
            filter=_normalise,
        )
        info = _normalise(tarfile.TarInfo(f"{top}/README.txt"))
        info.size = len(readme)
        info.mode = 0o644
        info.mtime = int(time.time())
        tar.addfile(info, io.BytesIO(readme))
    partial.replace(tarball)
    return tarball
