"""Run flake8 with the msgraph-lint plugin either kept or removed from plugin discovery.

    python flake8_shim.py with    [flake8 args...]   # plugin must be registered
    python flake8_shim.py without [flake8 args...]   # plugin is never imported nor run
    python flake8_shim.py probe                      # print JSON about the plugin, exit 0

Exit status: flake8's own (0 clean, 1 violations), or 3 if flake8 crashed,
reported a critical error, or (``with``) the plugin is not registered.

Why: ``--extend-ignore=MSG`` and ``--select=...`` only filter what flake8
*reports*; flake8 still imports and runs every registered plugin on every file
(plugins are skipped only when they declare ``off_by_default``). So a baseline
taken with the plugin installed but ignored would still pay for it. This shim
drops the plugin in ``flake8.plugins.finder.find_plugins`` instead, and both
benchmark runs go through the same shim so their start-up cost is the same.
"""
from __future__ import annotations

import json
import sys

import traceback

from flake8.main import application
from flake8.plugins import finder

PREFIX = "MSG"
MODULE = "msgraph_lint"


def is_ours(plugin: finder.Plugin) -> bool:
    ep = plugin.entry_point
    if ep.group != "flake8.extension":
        return False
    module = ep.value.split(":", 1)[0].strip()
    return ep.name.startswith(PREFIX) or module == MODULE or module.startswith(MODULE + ".")


def main() -> int:
    mode, args = (sys.argv[1] if len(sys.argv) > 1 else ""), sys.argv[2:]
    if mode not in ("with", "without", "probe"):
        print(__doc__, file=sys.stderr)
        return 2
    original = finder.find_plugins

    if mode == "probe":
        import configparser
        found = [p for p in original(configparser.RawConfigParser(), finder.PluginOptions.blank())
                 if is_ours(p)]
        print(json.dumps([{"package": p.package, "version": p.version, "name": p.entry_point.name,
                           "value": p.entry_point.value} for p in found]))
        return 0

    def patched(cfg, opts):
        plugins = original(cfg, opts)
        ours = [p for p in plugins if is_ours(p)]
        if mode == "with":
            if not ours:
                print(f"flake8_shim: no flake8 plugin with code prefix {PREFIX} is registered",
                      file=sys.stderr)
                raise SystemExit(3)
            return plugins
        return [p for p in plugins if not is_ours(p)]

    finder.find_plugins = patched
    # Like flake8.main.cli.main, but a crash (e.g. a plugin that fails to load, which
    # flake8 turns into a traceback and exit status 1, the same as "violations found")
    # becomes exit status 3 so the benchmark cannot mistake it for a normal run.
    app = application.Application()
    try:
        app.run(args)
    except SystemExit:
        raise
    except BaseException:
        traceback.print_exc()
        return 3
    if app.catastrophic_failure:
        return 3
    return app.exit_code()


if __name__ == "__main__":
    sys.exit(main())
