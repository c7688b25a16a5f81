"""Spare PySide6 reading ptquiz's and the standard library's source files at import.

PySide6 (since 6.4, PYSIDE-2029) reads the source of every module imported after it, and
of every module an ``import`` statement names for the first time after it (``os``,
``typing``, ``inspect``: large files), looking for the word "PySide6", to learn whether the
module may switch PySide's optional ``__feature__`` modes. Each is a file read into
``linecache``: about 30M instructions (~6 ms) of a start. ptquiz never selects a
``__feature__``, so its own modules are answered "uses PySide, with no feature", and the
standard library's "does not use PySide", which is what PySide concludes after reading
them; any other module is still read. Nothing changes when PySide no longer has this
private hook.

Imported by the composition root right after PySide6 and before ptquiz's other modules. It
imports nothing but ``sys`` itself, so that no module is read before the shortcut is in place.
"""

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType

_PACKAGE = __name__.partition(".")[0]


def _skipping_own(scan: "Callable[[ModuleType], bool]") -> "Callable[[ModuleType], bool]":
    def uses_pyside(module: "ModuleType") -> bool:
        name = str(getattr(module, "__name__", ""))
        if name == _PACKAGE or name.startswith(_PACKAGE + "."):
            return True
        if name.partition(".")[0] in sys.stdlib_module_names:
            return False
        return scan(module)

    uses_pyside.__wrapped__ = scan  # type: ignore[attr-defined]
    return uses_pyside


def skip_own_sources() -> bool:
    """Install the shortcut; False when PySide has no such scan (or it is installed already)."""
    feature = sys.modules.get("shibokensupport.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(scan) or hasattr(scan, "__wrapped__"):
        return False
    setattr(feature, "_mod_uses_pyside", _skipping_own(scan))  # noqa: B010 - a private name
    return True


skip_own_sources()
