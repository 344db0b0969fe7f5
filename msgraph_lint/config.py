"""Configuration: ``[tool.msgraph-lint]`` in the nearest ``pyproject.toml``.

Keys are kebab-case, as on the command line. An unknown key or a bad value
raises :class:`ConfigError`, which every adapter turns into one line and exit 2.
"""
from __future__ import annotations

import fnmatch
import os
import sys
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional, Tuple

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from .catalog import DEVICES, LEVELS

DEFAULT_EXCLUDE = (
    ".git", ".hg", ".svn", ".tox", ".nox", ".venv", "venv", ".eggs", "*.egg-info", "build", "dist",
    "__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".msgraph_lint_cache", "node_modules",
    "site-packages",
)


class ConfigError(Exception):
    """A configuration or usage error: reported in one line, exit code 2."""


@dataclass(frozen=True)
class Config:
    select: Tuple[str, ...] = ("MSG",)
    ignore: Tuple[str, ...] = ()
    extend_select: Tuple[str, ...] = ()
    per_file_ignores: Tuple[Tuple[str, Tuple[str, ...]], ...] = ()
    exclude: Tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: Tuple[str, ...] = ()
    extra_cell_bases: Tuple[str, ...] = ()
    device: Optional[str] = None
    jit_syntax_level: str = "LAX"
    preview: bool = False
    probe_factories: Tuple[str, ...] = ()
    follow_imports: bool = True  # look into other project modules (CLI and pylint)
    probe_memory: Optional[int] = None  # MiB per probe worker; None: the probe's default
    root: Optional[Path] = field(default=None, compare=False)

    def enabled(self, code: str, preview_rule: bool, path: Optional[str] = None) -> bool:
        """Is this code reported? Longest matching prefix wins, as in ruff."""
        selected = _longest(code, self.select + self.extend_select)
        ignored = _longest(code, self.ignore + self._file_ignores(path))
        if selected < 0 or ignored >= selected:
            return False
        if preview_rule and not self.preview and selected < len(code):
            return False  # preview rules need --preview or their exact code
        return True

    def _file_ignores(self, path: Optional[str]) -> Tuple[str, ...]:
        if not path or not self.per_file_ignores:
            return ()
        rel = _relative(path, self.root)
        out: List[str] = []
        for pattern, codes in self.per_file_ignores:
            if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(Path(rel).name, pattern):
                out.extend(codes)
        return tuple(out)

    def is_excluded(self, path: Path) -> bool:
        patterns = self.exclude + self.extend_exclude
        name = path.name
        if any(fnmatch.fnmatchcase(name, p) for p in patterns):
            return True
        path_patterns = [p for p in patterns if "/" in p]
        if not path_patterns:
            return False
        rel = _relative(str(path), self.root)
        return any(fnmatch.fnmatchcase(rel, p) or fnmatch.fnmatchcase(rel, p.rstrip("/") + "/*")
                   for p in path_patterns)


def _relative(path: str, root: Optional[Path]) -> str:
    """``path`` relative to the configuration's folder, in POSIX form."""
    if root is not None:
        rel = os.path.relpath(os.path.abspath(path), _abs(root))
        if not rel.startswith(".."):
            return Path(rel).as_posix()
    return Path(path).as_posix()


@lru_cache(maxsize=16)
def _abs(root: Path) -> str:
    return os.path.abspath(str(root))


def _longest(code: str, prefixes) -> int:
    best = -1
    for prefix in prefixes:
        if prefix == "ALL":
            prefix = ""
        if code.startswith(prefix) and len(prefix) > best:
            best = len(prefix)
    return best


def _codes(key: str, value) -> Tuple[str, ...]:
    if isinstance(value, str):
        value = [v for v in value.replace(",", " ").split()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{key}: expected a list of code prefixes, got {value!r}")
    for v in value:
        if v != "ALL" and not (v.startswith("MSG") and v[3:].isdigit() or v == "MSG"):
            raise ConfigError(f"{key}: {v!r} is not an msgraph-lint code prefix (MSG, MSG1, MSG101, ...)")
    return tuple(value)


def _strings(key: str, value) -> Tuple[str, ...]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{key}: expected a list of strings, got {value!r}")
    return tuple(value)


def device_value(value) -> Optional[str]:
    if value is None:
        return None
    for device in DEVICES:
        if isinstance(value, str) and value.lower() == device.lower():
            return device
    raise ConfigError(f"device: {value!r} is not one of {', '.join(DEVICES)}")


def level_value(value) -> str:
    if isinstance(value, str) and value.upper() in LEVELS:
        return value.upper()
    raise ConfigError(f"jit-syntax-level: {value!r} is not one of {', '.join(LEVELS)}")


def memory_value(key: str, value) -> int:
    """A probe worker's memory limit in MiB; 0 turns the limit off."""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigError(f"{key}: expected a number of MiB (0: no limit), got {value!r}")
    return value


_KEYS = {
    "select", "ignore", "extend-select", "per-file-ignores", "exclude", "extend-exclude",
    "extra-cell-bases", "device", "jit-syntax-level", "preview", "probe-factories",
    "follow-imports", "probe-memory",
}


def from_mapping(data: dict, root: Optional[Path] = None, source: str = "pyproject.toml") -> Config:
    """Build a Config from a ``[tool.msgraph-lint]`` table."""
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: [tool.msgraph-lint] must be a table")
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise ConfigError(f"{source}: unknown key {unknown[0]!r} in [tool.msgraph-lint]")
    config = Config(root=root)
    changes: Dict[str, object] = {}
    for key in ("select", "ignore", "extend-select"):
        if key in data:
            changes[key.replace("-", "_")] = _codes(key, data[key])
    for key in ("exclude", "extend-exclude", "extra-cell-bases", "probe-factories"):
        if key in data:
            changes[key.replace("-", "_")] = _strings(key, data[key])
    if "per-file-ignores" in data:
        table = data["per-file-ignores"]
        if not isinstance(table, dict):
            raise ConfigError("per-file-ignores: expected a table of glob = [codes]")
        changes["per_file_ignores"] = tuple((k, _codes(f"per-file-ignores.{k}", v)) for k, v in table.items())
    if "device" in data:
        changes["device"] = device_value(data["device"])
    if "jit-syntax-level" in data:
        changes["jit_syntax_level"] = level_value(data["jit-syntax-level"])
    if "probe-memory" in data:
        changes["probe_memory"] = memory_value("probe-memory", data["probe-memory"])
    if "preview" in data:
        if not isinstance(data["preview"], bool):
            raise ConfigError(f"preview: expected true or false, got {data['preview']!r}")
        changes["preview"] = data["preview"]
    if "follow-imports" in data:
        if not isinstance(data["follow-imports"], bool):
            raise ConfigError(f"follow-imports: expected true or false, got {data['follow-imports']!r}")
        changes["follow_imports"] = data["follow-imports"]
    if "exclude" in changes:
        changes["exclude"] = tuple(changes["exclude"])
    return replace(config, **changes)


def find_pyproject(start: Path) -> Optional[Path]:
    start = start.resolve()
    if start.is_file():
        start = start.parent
    for directory in (start, *start.parents):
        candidate = directory / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


@lru_cache(maxsize=64)
def load(pyproject: Optional[Path]) -> Config:
    """Read the configuration from a pyproject.toml (None: defaults)."""
    if pyproject is None:
        return Config()
    try:
        with open(pyproject, "rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{pyproject}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{pyproject}: cannot read: {exc.strerror}") from None
    table = data.get("tool", {}).get("msgraph-lint")
    if table is None:
        return Config(root=pyproject.parent)
    return from_mapping(table, pyproject.parent, str(pyproject))


def for_path(path: Path) -> Config:
    return load(find_pyproject(path))


def for_plugin(config: Config, device: Optional[str] = None, level: Optional[str] = None) -> Config:
    """The configuration a flake8 or pylint plugin runs the engine with.

    The host linter owns selection (its select/ignore/disable and inline
    comments), so every rule is reported, preview ones included; the plugin's
    own options override the device and syntax level.
    """
    config = replace(config, select=("MSG",), ignore=(), extend_select=(), per_file_ignores=(), preview=True)
    if device:
        config = replace(config, device=device)
    if level:
        config = replace(config, jit_syntax_level=level)
    return config
