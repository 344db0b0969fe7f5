"""Rule pages, generated from the catalog: ``python -m msgraph_lint.docs [--check]``.

The pages in ``docs/rules/`` are never edited by hand; ``--check`` fails
(exit 1) when one is stale, and CI runs it.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Dict

from . import catalog

HEADER = "<!-- Generated from rules/{file} by `python -m msgraph_lint.docs`. Do not edit. -->\n"


def _strip_markers(example: str) -> str:
    return example.strip("\n") + "\n"


def render_rule(rule: catalog.Rule) -> str:
    lines = [
        HEADER.format(file=f"{rule.code}.toml"),
        f"# {rule.code} `{rule.symbol}`: {rule.name}\n",
        "| | |\n|---|---|\n",
        f"| family | {rule.family} |\n",
        f"| status | {rule.status}{' (off by default: enable with `--preview` or by its code)' if rule.preview else ''} |\n",
        f"| severity | {rule.severity} |\n",
        f"| devices | {', '.join(rule.devices)} |\n",
        f"| jit_syntax_level | {', '.join(rule.levels)} |\n",
        f"| verified on | MindSpore {rule.verified} |\n",
        f"| message | `{rule.message}` |\n",
        "\n## What it does\n\n",
        f"{rule.name}.\n",
        "\n## Why is this bad?\n\n",
        rule.rationale + "\n",
    ]
    for i, bad in enumerate(rule.bad):
        lines.append("\n## Example\n\n" if i == 0 else "\n")
        lines.append("```python\n" + _strip_markers(bad) + "```\n")
    lines.append("\n## Use instead\n\n" + rule.fix + "\n")
    for good in rule.good:
        lines.append("\n```python\n" + _strip_markers(good) + "```\n")
    lines.append("\n## Options\n\n")
    lines.append((rule.options or
                  "`--jit-syntax-level` and `--device` decide whether it applies; "
                  "silence one line with `# noqa: " + rule.code + "`.") + "\n")
    return "".join(lines)


def render_index(rules: Dict[str, catalog.Rule]) -> str:
    out = [HEADER.format(file="*.toml"), "# Rules\n\n",
           "| code | symbol | family | status | levels | devices |\n|---|---|---|---|---|---|\n"]
    for rule in rules.values():
        out.append(f"| [{rule.code}]({rule.code}.md) | `{rule.symbol}` | {rule.family} | {rule.status} | "
                   f"{', '.join(rule.levels)} | {', '.join(rule.devices)} |\n")
    return "".join(out)


def expected_pages() -> Dict[str, str]:
    rules = catalog.load_rules()
    pages = {f"{code}.md": render_rule(rule) for code, rule in rules.items()}
    pages["index.md"] = render_index(rules)
    return pages


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m msgraph_lint.docs")
    parser.add_argument("--check", action="store_true", help="fail if docs/rules is stale")
    parser.add_argument("--out", default="docs/rules")
    args = parser.parse_args(argv)
    out = Path(args.out)
    pages = expected_pages()
    stale = []
    for name, text in pages.items():
        path = out / name
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != text:
            stale.append(name)
            if not args.check:
                out.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    extra = sorted(p.name for p in out.glob("*.md") if p.name not in pages) if out.exists() else []
    if args.check:
        if stale or extra:
            sys.stderr.write("stale rule docs: " + ", ".join(stale + extra) +
                             " (run python -m msgraph_lint.docs)\n")
            return 1
        return 0
    for name in extra:
        (out / name).unlink()
    print(f"wrote {len(stale)} page(s), removed {len(extra)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
