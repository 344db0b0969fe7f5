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
    "site-packages", ".ipynb_checkpoints", ".direnv", "__pypackages__", ".pytype",
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
    # Preview codes a host tool names exactly (flake8 --select MSG506, pylint
    # --enable=global-mutation): opted into, without changing the selection.
    preview_codes: Tuple[str, ...] = ()
    force_exclude: bool = False  # apply exclude to paths named on the command line too
    probe_factories: Tuple[str, ...] = ()
    follow_imports: bool = True  # look into other project modules (CLI and pylint)
    probe_memory: Optional[int] = None  # MiB per probe worker; None: the probe's default
    probe_tests: Tuple[str, ...] = ()  # test paths the probe runs pytest on (relative to root)
    probe_pytest_args: Tuple[str, ...] = ()  # extra arguments for that pytest run
    probe_tests_timeout: Optional[float] = None  # seconds for the whole test run; None: the default
    root: Optional[Path] = field(default=None, compare=False)

    def enabled(self, code: str, preview_rule: bool, path: Optional[str] = None) -> bool:
        """Is this code reported? Longest matching prefix wins, as in ruff."""
        selected = _longest(code, self.select + self.extend_select)
        ignored = _longest(code, self.ignore + self._file_ignores(path))
        if selected < 0 or ignored >= selected:
            return False
        if preview_rule and not self.preview and selected < len(code) and code not in self.preview_codes:
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
        return any(fnmatch.fnmatchcase(rel, p) or fnmatch.fnmatchcase(rel, p.rstrip("/"))
                   or fnmatch.fnmatchcase(rel, p.rstrip("/") + "/*")
                   for p in path_patterns)

    def is_excluded_with_parents(self, path: Path) -> bool:
        """Is ``path``, or a folder above it (up to the configuration's folder), excluded?

        What ``force-exclude`` applies to a path named on the command line, as ruff does.
        """
        path = Path(os.path.normpath(os.path.abspath(path)))
        stop = Path(_abs(self.root) if self.root is not None else os.path.abspath(os.curdir))
        if stop not in path.parents:
            return self.is_excluded(path)  # outside the project: the path itself only
        for candidate in (path, *path.parents):
            if candidate == stop:
                break
            if self.is_excluded(candidate):
                return True
        return False


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


def _codes(key: str, value, empty_ok: bool = True) -> Tuple[str, ...]:
    """Code prefixes, each the prefix of at least one rule of the catalog (or ``ALL``)."""
    if isinstance(value, str):
        value = [v for v in value.replace(",", " ").split()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{key}: expected a list of code prefixes, got {value!r}")
    if not value and not empty_ok:
        raise ConfigError(f"{key}: the list is empty, so no rule would run (to turn a rule off, use ignore)")
    from .catalog import load_rules

    codes = load_rules()
    for v in value:
        if v == "ALL":
            continue
        if not (v.startswith("MSG") and (v == "MSG" or v[3:].isdigit())):
            raise ConfigError(f"{key}: {v!r} is not an msgraph-lint code prefix (MSG, MSG1, MSG101, ...)")
        if not any(code.startswith(v) for code in codes):
            raise ConfigError(f"{key}: {v!r} is not the code or prefix of any rule (see 'msgraph-lint rules')")
    return tuple(value)


def _bool(key: str, value) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{key}: expected true or false, got {value!r}")
    return value


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


def pytest_args_value(key: str, value) -> Tuple[str, ...]:
    """Arguments for the probe's pytest run: a list, or one string split as a shell would."""
    if isinstance(value, str):
        import shlex

        try:
            return tuple(shlex.split(value))
        except ValueError as exc:
            raise ConfigError(f"{key}: {exc} in {value!r}") from None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{key}: expected a string or a list of strings, got {value!r}")
    return tuple(value)


def seconds_value(key: str, value) -> float:
    """A positive, finite number of seconds."""
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            pass
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < float("inf"):
        raise ConfigError(f"{key}: expected a positive number of seconds, got {value!r}")
    return float(value)


_KEYS = {
    "select", "ignore", "extend-select", "per-file-ignores", "exclude", "extend-exclude",
    "extra-cell-bases", "device", "jit-syntax-level", "preview", "probe-factories",
    "follow-imports", "probe-memory", "force-exclude", "probe-tests", "probe-pytest-args",
    "probe-tests-timeout",
}


def from_mapping(data: dict, root: Optional[Path] = None, source: str = "pyproject.toml") -> Config:
    """Build a Config from a ``[tool.msgraph-lint]`` table; errors name ``source``."""
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: [tool.msgraph-lint] must be a table")
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise ConfigError(f"{source}: unknown key {unknown[0]!r} in [tool.msgraph-lint]")
    try:
        return _from_table(data, root)
    except ConfigError as exc:
        raise ConfigError(f"{source}: {exc}") from None


def _from_table(data: dict, root: Optional[Path]) -> Config:
    config = Config(root=root)
    changes: Dict[str, object] = {}
    for key in ("select", "ignore", "extend-select"):
        if key in data:
            changes[key.replace("-", "_")] = _codes(key, data[key], empty_ok=key != "select")
    for key in ("exclude", "extend-exclude", "extra-cell-bases", "probe-factories", "probe-tests"):
        if key in data:
            changes[key.replace("-", "_")] = _strings(key, data[key])
    if "per-file-ignores" in data:
        table = data["per-file-ignores"]
        if not isinstance(table, dict):
            raise ConfigError("per-file-ignores: expected a table of glob = [codes]")
        changes["per_file_ignores"] = tuple((k, _codes(f"per-file-ignores.{k!r}", v)) for k, v in table.items())
    if "device" in data:
        changes["device"] = device_value(data["device"])
    if "jit-syntax-level" in data:
        changes["jit_syntax_level"] = level_value(data["jit-syntax-level"])
    if "probe-memory" in data:
        changes["probe_memory"] = memory_value("probe-memory", data["probe-memory"])
    if "probe-pytest-args" in data:
        changes["probe_pytest_args"] = pytest_args_value("probe-pytest-args", data["probe-pytest-args"])
    if "probe-tests-timeout" in data:
        changes["probe_tests_timeout"] = seconds_value("probe-tests-timeout", data["probe-tests-timeout"])
    for key in ("preview", "follow-imports", "force-exclude"):
        if key in data:
            changes[key.replace("-", "_")] = _bool(key, data[key])
    if "exclude" in changes:
        changes["exclude"] = tuple(changes["exclude"])
    return replace(config, **changes)


def find_pyproject(start: Path) -> Optional[Path]:
    """The nearest ``pyproject.toml`` that has a ``[tool.msgraph-lint]`` table, as ruff finds its own.

    A ``pyproject.toml`` without the table is passed over; when no file up the
    tree has one, the nearest ``pyproject.toml`` still marks the project folder
    (defaults apply). None: no ``pyproject.toml`` at all.
    """
    start = Path(os.path.abspath(start))
    if not start.is_dir():
        start = start.parent
    return _find_from(start)


@lru_cache(maxsize=4096)
def _find_from(directory: Path) -> Optional[Path]:
    candidate = directory / "pyproject.toml"
    found = candidate if candidate.is_file() else None
    if found is not None and _has_table(found):
        return found
    above = _find_from(directory.parent) if directory.parent != directory else None
    if above is not None and _has_table(above):
        return above
    return found or above


@lru_cache(maxsize=256)
def _has_table(pyproject: Path) -> bool:
    """Does this file have a ``[tool.msgraph-lint]`` table? An unreadable file counts (its error is reported)."""
    try:
        with open(pyproject, "rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError):
        return True
    tool = data.get("tool")
    return isinstance(tool, dict) and "msgraph-lint" in tool


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
    tool = data.get("tool", {})
    table = tool.get("msgraph-lint") if isinstance(tool, dict) else None
    if table is None:
        return Config(root=pyproject.parent)
    return from_mapping(table, pyproject.parent, str(pyproject))


def for_path(path: Path) -> Config:
    """The configuration that applies to ``path``: its nearest ``[tool.msgraph-lint]``."""
    return load(find_pyproject(path))


def for_plugin(config: Config, device: Optional[str] = None, level: Optional[str] = None,
               preview: bool = False, preview_codes=()) -> Config:
    """The configuration a flake8 or pylint plugin runs the engine with.

    The table's selection (select, ignore, per-file-ignores, preview) applies
    as in the CLI, and the host tool's own filters apply on top of it. A preview
    rule is reported when the table or the plugin's preview option turns
    preview on, or when the host tool names its exact code (``preview_codes``).
    The plugin's own options override the device and syntax level.
    """
    changes: Dict[str, object] = {}
    if preview:
        changes["preview"] = True
    if preview_codes:
        changes["preview_codes"] = config.preview_codes + tuple(preview_codes)
    if device:
        changes["device"] = device
    if level:
        changes["jit_syntax_level"] = level
    return replace(config, **changes) if changes else config
