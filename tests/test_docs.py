"""The rule pages in docs/rules are generated from the catalog and must be current."""
from msgraph_lint import docs
from helpers import ROOT


def test_rule_docs_are_current():
    pages = docs.expected_pages()
    stale = []
    for name, text in pages.items():
        path = ROOT / "docs" / "rules" / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            stale.append(name)
    extra = [p.name for p in (ROOT / "docs" / "rules").glob("*.md") if p.name not in pages]
    assert not stale and not extra, (
        f"stale: {stale}, extra: {extra}; run `python -m msgraph_lint.docs`")


def test_every_page_has_the_fixed_sections():
    for name, text in docs.expected_pages().items():
        if name == "index.md":
            continue
        for section in ("## What it does", "## Why is this bad?", "## Use instead", "## Options"):
            assert section in text, (name, section)
