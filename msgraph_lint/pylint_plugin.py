"""pylint adapter: the engine's findings as pylint messages.

Load it with ``pylint --load-plugins=msgraph_lint.pylint_plugin``. One checker,
``msgraph-lint``, carries one message per catalog rule, so
``--enable=msgraph-lint`` / ``--disable=msgraph-lint`` switch all of them.

Message ids: pylint category letter from the rule's severity, then ``5`` and
the last three digits of the code (MSG101 -> W5101, MSG508 -> E5508,
MSG901 -> E5901). Symbols are the catalog's, except that the tool rules
(MSG9xx) are prefixed with ``msgraph-`` because pylint already owns
``syntax-error`` (and its mccabe extension ``too-complex``).

Configuration comes from the same ``[tool.msgraph-lint]`` table as the CLI,
the nearest one above each module: its select, ignore, per-file-ignores and
preview apply first, and pylint's own selection (``--enable``/``--disable``,
``# pylint: disable=...``) on top; ``# noqa`` (flake8's) is not honoured.
Preview rules are opt-in as in the CLI: ``preview = true``,
``--msgraph-preview``, or naming the message itself (``--enable=global-mutation``
or ``W5506``); ``--enable=msgraph-lint`` alone turns on the stable ones.
``--msgraph-device`` and ``--msgraph-jit-syntax-level`` override the table.

Hazards that cross modules (a Cell base, a helper function, a helper object
or a Primitive defined in another module of the project) are found as the
CLI finds them; the modules are located with astroid's module resolution, so
pylint's own path set-up (``init-hook``, ``source-roots``) applies. Modules
under site-packages and the standard library are third-party code: MindSpore
does not compile them, and neither are they followed here.

Nothing heavy is imported at registration: the engine is imported when the
checker first opens.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Dict, NoReturn, Optional, Tuple

from pylint.checkers import BaseChecker
from pylint.constants import WarningScope
from pylint.interfaces import HIGH

from . import catalog
from . import config as configuration

if TYPE_CHECKING:  # pragma: no cover
    from astroid import nodes
    from pylint.lint import PyLinter

CHECKER_NAME = "msgraph-lint"

# pylint's categories: C convention, R refactor, W warning, E error, F fatal.
_LETTER = {"error": "E", "warning": "W", "note": "C"}
# Symbols pylint (or one of its extensions) already uses.
_TOOL_PREFIX = "msgraph-"


def msgid_for(rule: catalog.Rule) -> str:
    """MSG101 -> W5101: severity letter, plugin checker id 5x, last three digits."""
    letter = "E" if rule.family == "tool" else _LETTER.get(rule.severity, "W")
    return f"{letter}5{rule.code[-3:]}"


def symbol_for(rule: catalog.Rule) -> str:
    return _TOOL_PREFIX + rule.symbol if rule.family == "tool" else rule.symbol


def _messages() -> Dict[str, Tuple[str, str, str, dict]]:
    msgs = {}
    for rule in catalog.load_rules().values():
        if rule.status == "removed":
            continue
        descr = f"{rule.name}. {rule.rationale} ({rule.code}; `msgraph-lint --explain {rule.code}`)"
        options = {
            # Findings carry their own positions; no astroid node is involved.
            "scope": WarningScope.LINE,
            # One checker spans the checker ids 51..59 (one per rule family);
            # pylint accepts that only for messages marked shared.
            "shared": True,
            "default_enabled": not rule.preview,
        }
        msgs[msgid_for(rule)] = ("%s", symbol_for(rule), descr, options)
    return msgs


def _error(exc: Exception) -> NoReturn:
    sys.stderr.write(f"msgraph-lint: error: {exc}\n")
    sys.stderr.flush()
    raise SystemExit(2)


class MsgraphChecker(BaseChecker):
    """Reports the msgraph-lint engine's findings for each module pylint checks."""

    name = CHECKER_NAME
    options = (
        ("msgraph-device", {
            "default": None, "type": "string", "metavar": "<CPU|GPU|Ascend>",
            "help": "msgraph-lint: target device (CPU, GPU, Ascend; default: any). "
                    "Overrides `device` in [tool.msgraph-lint].",
        }),
        ("msgraph-jit-syntax-level", {
            "default": None, "type": "string", "metavar": "<LAX|STRICT>",
            "help": "msgraph-lint: MindSpore's jit syntax level, LAX (default) or STRICT. "
                    "Overrides `jit-syntax-level` in [tool.msgraph-lint].",
        }),
        ("msgraph-preview", {
            "default": False, "type": "yn", "metavar": "<y or n>",
            "help": "msgraph-lint: report preview rules too (as `preview = true` in [tool.msgraph-lint]). "
                    "Naming a preview message with --enable turns on that one.",
        }),
    )

    def __init__(self, linter: "PyLinter") -> None:
        self.msgs = _messages()
        super().__init__(linter)
        self._symbols: Dict[str, str] = {}
        self._device: Optional[str] = None
        self._level: Optional[str] = None
        self._preview = False
        self._preview_codes: Tuple[str, ...] = ()
        self._lint_source = None
        self._projects: Dict[Optional[str], object] = {}

    def open(self) -> None:
        """Validate options and the configuration once, before any module is visited."""
        try:
            device = self.linter.config.msgraph_device
            level = self.linter.config.msgraph_jit_syntax_level
            self._device = configuration.device_value(device) if device else None
            self._level = configuration.level_value(level) if level else None
            self._preview = bool(getattr(self.linter.config, "msgraph_preview", False))
            self._preview_codes = _named_preview_codes(self.linter)
            configuration.for_path(Path.cwd())
        except configuration.ConfigError as exc:
            _error(exc)
        from .engine import lint_source  # the heavy part, only when pylint really lints

        self._lint_source = lint_source
        self._projects = {}
        self._symbols = {code: symbol_for(rule) for code, rule in catalog.load_rules().items()}

    def visit_module(self, node: "nodes.Module") -> None:
        path = node.file
        if not path:
            return
        try:
            with node.stream() as stream:  # file bytes (or stdin), as pylint read them
                data = stream.read()
        except OSError:
            return  # pylint has already reported it
        if b"mindspore" not in data:
            return  # the engine analyses nothing else; skip decode and parse
        from .engine import decode

        try:
            source = decode(data)
        except (SyntaxError, UnicodeDecodeError, LookupError):
            return  # astroid decoded it, so this does not happen; pylint owns the error
        try:
            config = configuration.for_path(Path(path))
        except configuration.ConfigError as exc:
            _error(exc)
        # The table selects first; pylint's --enable/--disable filter what is left.
        config = configuration.for_plugin(config, self._device, self._level, self._preview, self._preview_codes)
        if self._lint_source is None:  # visited without open(): be robust
            self.open()
        # pylint keeps every module's astroid tree alive: a collection triggered
        # by the engine's short-lived objects would walk that whole heap.
        from .engine import gc_paused

        with gc_paused():
            findings = self._lint_source(source, path, config,
                                         project=self._project(config) if config.follow_imports else None)
        for finding in findings:
            symbol = self._symbols.get(finding.code)
            if symbol is None:
                continue
            end_col = finding.end_col - 1 if finding.end_col is not None else None
            self.add_message(symbol, line=finding.line, col_offset=finding.col - 1,
                             end_lineno=finding.end_line, end_col_offset=end_col,
                             args=(finding.message,), confidence=HIGH)

    def _project(self, config):
        """One project index per project folder, shared by every module pylint visits."""
        root = str(config.root) if config.root else None
        if root not in self._projects:
            self._projects[root] = _astroid_project(root)
        return self._projects[root]


def _astroid_project(project_root: Optional[str]):
    """The engine's project index, locating modules as the CLI does (the package
    structure, the project folder and its src/) and then as astroid (and so pylint) does."""
    from astroid import modutils

    from .project import Project, third_party

    class AstroidProject(Project):
        def _find(self, root: str, module: str):
            found = super()._find(root, module)
            if found is not None:
                return found
            try:
                found = modutils.file_from_modpath(module.split("."), path=[root] + sys.path)
            except (ImportError, SyntaxError, ValueError, AttributeError):
                return None
            if not found or not found.endswith(".py") or modutils.is_stdlib_module(module.split(".")[0]):
                return None
            return None if third_party(found) else found

    return AstroidProject(project_root)


class _NamingEnable:
    """``linter.enable``, noting the names enabled from the command line and configuration.

    pylint keeps no record of which messages were named: ``--enable=msgraph-lint``
    (the checker) and ``--enable=global-mutation`` (one message) leave the same
    state, but only the second opts into a preview rule.
    """

    def __init__(self, linter: "PyLinter", enable) -> None:
        self.linter = linter
        self.enable = enable

    def __call__(self, msgid: str, scope: str = "package", line: Optional[int] = None,
                 ignore_unknown: bool = False) -> None:
        if scope == "package" and line is None:
            linter_names(self.linter).add(str(msgid).strip().lower())
        return self.enable(msgid, scope, line, ignore_unknown)


def linter_names(linter: "PyLinter") -> set:
    names = getattr(linter, "_msgraph_lint_named", None)
    if names is None:
        names = set()
        linter._msgraph_lint_named = names
    return names


def _named_preview_codes(linter: "PyLinter") -> Tuple[str, ...]:
    """The preview rules named by symbol or message id in pylint's --enable (or its configuration)."""
    names = linter_names(linter)
    return tuple(code for code, rule in catalog.load_rules().items()
                 if rule.preview and {symbol_for(rule).lower(), msgid_for(rule).lower()} & names)


class _CheckingTables:
    """``linter.check``, first reading every ``[tool.msgraph-lint]`` table the run will meet.

    A bad table then stops pylint with one line and exit 2 before any module
    is reported, also with ``-j`` (the check runs in the parent process).
    """

    def __init__(self, check) -> None:
        self.check = check

    def __call__(self, files_or_modules, *args, **kwargs):
        try:
            for item in files_or_modules:
                _check_tables_below(Path(item))
        except configuration.ConfigError as exc:
            _error(exc)
        return self.check(files_or_modules, *args, **kwargs)


def _check_tables_below(path: Path) -> None:
    if not path.exists():
        return  # a module name, not a path: its table is read when pylint reaches it
    configuration.for_path(path)
    if not path.is_dir():
        return
    skip = set(configuration.DEFAULT_EXCLUDE)
    for root, dirs, files in os.walk(path):
        dirs[:] = [d for d in dirs if d not in skip and not d.endswith(".egg-info")]
        if "pyproject.toml" in files:
            configuration.for_path(Path(root) / "pyproject.toml")


def register(linter: "PyLinter") -> None:
    """pylint's entry point: one checker, one message per rule."""
    linter_names(linter)
    if not isinstance(getattr(linter, "enable", None), _NamingEnable):
        linter.enable = _NamingEnable(linter, linter.enable)
    if not isinstance(getattr(linter, "check", None), _CheckingTables):
        linter.check = _CheckingTables(linter.check)
    linter.register_checker(MsgraphChecker(linter))
