"""flake8 adapter: the engine's findings for the tree flake8 already parsed.

Configuration comes from the same ``[tool.msgraph-lint]`` table as the CLI;
``--msgraph-device`` and ``--msgraph-jit-syntax-level`` override it.
Selection is left to flake8 (``--select``/``--extend-select``/``noqa``), and
preview rules are added to flake8's default ignore list.
"""
from __future__ import annotations

import sys
from pathlib import Path

from . import __version__, catalog
from . import config as configuration
from .engine import gc_paused, lint_source


class Flake8Plugin:
    name = "msgraph-lint"
    version = __version__
    _device = None
    _level = None

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
        preview = [rule.code for rule in catalog.load_rules().values() if rule.preview]
        if preview:
            parser.extend_default_ignore(preview)

    @classmethod
    def parse_options(cls, options) -> None:
        try:
            cls._device = configuration.device_value(options.msgraph_device) if options.msgraph_device else None
            cls._level = configuration.level_value(options.msgraph_jit_syntax_level) \
                if options.msgraph_jit_syntax_level else None
            configuration.for_path(Path.cwd())
        except configuration.ConfigError as exc:
            sys.stderr.write(f"msgraph-lint: error: {exc}\n")
            raise SystemExit(2)

    def run(self):
        source = "".join(self.lines)
        if "mindspore" not in source:
            return
        path = Path(self.filename) if self.filename not in ("stdin", "-") else Path.cwd()
        config = configuration.for_plugin(configuration.for_path(path), self._device, self._level)
        with gc_paused():
            findings = lint_source(source, self.filename, config, tree=self.tree)
        for finding in findings:
            yield finding.line, finding.col - 1, f"{finding.code} {finding.message}", type(self)
