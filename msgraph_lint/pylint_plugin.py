"""pylint adapter: the engine's findings as pylint messages.

Load it with ``pylint --load-plugins=msgraph_lint.pylint_plugin``. One checker,
``msgraph-lint``, carries one message per catalog rule, so
``--enable=msgraph-lint`` / ``--disable=msgraph-lint`` switch all of them.

Message ids: pylint category letter from the rule's severity, then ``5`` and
the last three digits of the code (MSG101 -> W5101, MSG508 -> E5508,
MSG901 -> E5901). Symbols are the catalog's, except that the tool rules
(MSG9xx) are prefixed with ``msgraph-`` because pylint already owns
``syntax-error`` (and its mccabe extension ``too-complex``).

Configuration comes from the same ``[tool.msgraph-lint]`` table as the CLI;
``--msgraph-device`` and ``--msgraph-jit-syntax-level`` override it. As in the
flake8 plugin, selection belongs to the host tool (``--enable``/``--disable``,
``# pylint: disable=...``): the table's select/ignore/per-file-ignores/preview
keys are not applied here, and ``# noqa`` (flake8's) is not honoured.

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
    )

    def __init__(self, linter: "PyLinter") -> None:
        self.msgs = _messages()
        super().__init__(linter)
        self._symbols: Dict[str, str] = {}
        self._device: Optional[str] = None
        self._level: Optional[str] = None
        self._lint_source = None
        self._projects: Dict[Optional[str], object] = {}

    def open(self) -> None:
        """Validate options and the configuration once, before any module is visited."""
        try:
            device = self.linter.config.msgraph_device
            level = self.linter.config.msgraph_jit_syntax_level
            self._device = configuration.device_value(device) if device else None
            self._level = configuration.level_value(level) if level else None
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
        # pylint owns selection: report every rule and let --enable/--disable filter.
        config = configuration.for_plugin(config, self._device, self._level)
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
        def locate(self, root: str, module: str):
            found = super().locate(root, module)
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


def register(linter: "PyLinter") -> None:
    """pylint's entry point: one checker, one message per rule."""
    linter.register_checker(MsgraphChecker(linter))
