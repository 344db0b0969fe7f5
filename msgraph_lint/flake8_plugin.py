"""flake8 adapter: the engine's findings for the tree flake8 already parsed.

Configuration comes from the same ``[tool.msgraph-lint]`` table as the CLI,
the nearest one above each file: its select, ignore, per-file-ignores and
preview apply first, and flake8's own selection (``--select``,
``--extend-select``, ``--ignore``, ``# noqa``) on top. A preview rule is
reported when preview is on (``preview = true``, ``--msgraph-preview``) or
when flake8's select or extend-select names its exact code, as in the CLI.
``--msgraph-device`` and ``--msgraph-jit-syntax-level`` override the table.
"""
from __future__ import annotations

import fnmatch
import os
import sys
from pathlib import Path
from typing import Iterable, NoReturn

from . import __version__, catalog
from . import config as configuration
from .engine import gc_paused, lint_source


def _error(exc: Exception) -> NoReturn:
    sys.stderr.write(f"msgraph-lint: error: {exc}\n")
    sys.stderr.flush()
    raise SystemExit(2)


class Flake8Plugin:
    name = "msgraph-lint"
    version = __version__
    _device = None
    _level = None
    _preview = False
    _preview_codes: tuple = ()
    _stdin_name = None

    def __init__(self, tree, filename: str = "stdin", lines=None):
        self.tree = tree
        self.filename = filename
        self.lines = lines or []

    @classmethod
    def add_options(cls, parser) -> None:
        parser.add_option("--msgraph-device", parse_from_config=True, default=None,
                          help="msgraph-lint: target device (CPU, GPU, Ascend; default: any)")
        parser.add_option("--msgraph-jit-syntax-level", parse_from_config=True, default=None,
                          help="msgraph-lint: LAX (default) or STRICT")
        parser.add_option("--msgraph-preview", parse_from_config=True, action="store_true", default=False,
                          help="msgraph-lint: report preview rules too (as preview = true in [tool.msgraph-lint])")

    @classmethod
    def parse_options(cls, options) -> None:
        """Check the options and every [tool.msgraph-lint] table flake8 will meet, before any file.

        flake8 checks files in worker processes, where an error cannot stop
        the run cleanly; so a bad table is found here, in one line, exit 2.
        """
        preview = {code for code, rule in catalog.load_rules().items() if rule.preview}
        named = list(getattr(options, "select", None) or []) + list(getattr(options, "extend_select", None) or [])
        cls._preview_codes = tuple(sorted(preview & {code.strip() for code in named}))
        cls._preview = bool(getattr(options, "msgraph_preview", False))
        stdin_name = getattr(options, "stdin_display_name", None)
        cls._stdin_name = stdin_name if stdin_name not in (None, "stdin") else None
        try:
            cls._device = configuration.device_value(options.msgraph_device) if options.msgraph_device else None
            cls._level = configuration.level_value(options.msgraph_jit_syntax_level) \
                if options.msgraph_jit_syntax_level else None
            _check_tables(options, cls._stdin_name)
        except configuration.ConfigError as exc:
            _error(exc)

    def run(self):
        source = "".join(self.lines)
        if "mindspore" not in source:
            return
        if self.filename in ("stdin", "-"):
            path = Path(self._stdin_name) if self._stdin_name else Path.cwd()
        else:
            path = Path(self.filename)
        try:
            config = configuration.for_plugin(configuration.for_path(path), self._device, self._level,
                                              self._preview, self._preview_codes)
        except configuration.ConfigError as exc:
            import multiprocessing

            if multiprocessing.parent_process() is not None:
                # In one of flake8's worker processes an exit would leave flake8 waiting
                # forever; parse_options checks every table first, so this is a race.
                raise RuntimeError(f"msgraph-lint: error: {exc}") from None
            _error(exc)
        with gc_paused():
            findings = lint_source(source, self.filename, config, tree=self.tree)
        for finding in findings:
            yield finding.line, finding.col - 1, f"{finding.code} {finding.message}", type(self)


def _check_tables(options, stdin_name) -> None:
    """Load the table of every file flake8 is going to check (raises ConfigError)."""
    paths = list(getattr(options, "filenames", None) or ["."])
    excludes = list(getattr(options, "exclude", None) or []) + list(getattr(options, "extend_exclude", None) or [])
    try:
        from flake8.discover_files import expand_paths
    except ImportError:  # pragma: no cover - flake8 < 5: walk the folders ourselves
        for path in paths:
            _check_below(Path(stdin_name or ".") if path == "-" else Path(path), excludes)
        return
    files = expand_paths(paths=paths, stdin_display_name=getattr(options, "stdin_display_name", "stdin"),
                         filename_patterns=getattr(options, "filename", None) or ["*.py"], exclude=excludes)
    for filename in files:
        configuration.for_path(Path(stdin_name or ".") if filename == "-" else Path(filename))


def _check_below(path: Path, excludes: Iterable[str]) -> None:
    """Load the table that applies to ``path`` and, for a folder, every table below it
    in the folders flake8 will visit (its exclude and extend-exclude prune them)."""
    configuration.for_path(path)
    if not path.is_dir():
        return
    excludes = list(excludes)

    def excluded(folder: str) -> bool:
        name = os.path.basename(folder)
        absolute = os.path.abspath(folder)
        return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(absolute, p) for p in excludes)

    for root, dirs, files in os.walk(path):
        dirs[:] = [d for d in dirs if not excluded(os.path.join(root, d))]
        if "pyproject.toml" in files:
            configuration.for_path(Path(root) / "pyproject.toml")
