"""The source-text scans of the module index agree with the pattern they stand in for."""
from __future__ import annotations

import pytest

from msgraph_lint.scopes import _CALLED_NAME, _calls_of_names

TEXTS = [
    "net = Head(3)\nother = Head (4)\nthird = Head\n(5)\n",
    "x = MyHead(1) + Head2(2) + _Head(3) + HeadX(4)\n",
    "y = ops.Head(1); z = self.Head(2); w = (Head)(3)\n",
    "class Head(nn.Cell):\n    def Head(self):\n        return Head\n",
    "s = 'Head(' + \"Head (\"  # Head(\n",
    "ÄHead(1); Headä(2); Head\t(3); Head",
    "Head(",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_calls_of_names_finds_what_the_pattern_finds(text):
    names = {"Head", "Tail", "Head2"}
    expected = [(m.group(1), m.start(), m.end()) for m in _CALLED_NAME.finditer(text) if m.group(1) in names]
    assert _calls_of_names(text, names) == expected


def test_overlapping_names_are_reported_in_text_order():
    text = "a = Block(1)\nb = Blocks(2)\nc = Block(3)\n"
    found = _calls_of_names(text, ["Blocks", "Block"])
    assert [(name, start) for name, start, _ in found] == [("Block", 4), ("Blocks", 17), ("Block", 31)]
