"""The text patterns written for speed find exactly what their plain forms find.

Patterns searched over whole files start with a literal whose word boundary is a look-behind
(a leading ``\\b`` makes the regex engine try every position), and the import-line scan only
tries the lines holding ``import``. These tests hold them to the plain forms."""
import re

import pytest

from msgraph_lint import importable, missing_names, project, scopes

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings, strategies as st  # noqa: E402

_NUMPY_NAMES = "|".join(sorted(missing_names.NUMPY_REMOVED))
PLAIN = {
    "SELF_CALL": (scopes.SELF_CALL, re.compile(r"\bself\.(\w+)\s*\(")),
    "_SELF_STORE": (scopes._SELF_STORE,
                    re.compile(r"\bself\.(\w+)\s*(?::[^=\n]*)?(?:[-+*/%&|^@]|//|\*\*|<<|>>)?=(?!=)")),
    "_REMOVED_NUMPY": (importable._REMOVED_NUMPY, re.compile(r"\b(?:np|numpy)\.(?:%s)\b(?![\w.(])" % _NUMPY_NAMES)),
}

TRICKY = [
    "self.x = 1", "myself.x = 1", "_self.f(x)", "self.f (x)", "self.f(x); self.g(y)", "(self.h(1))",
    "self.x: int = 3", "self.x += 1", "self.x == 2", "1self.x = 2", "éself.f(x)", "self.a, self.b = t",
    "np.int", "x = np.float(3)", "anp.int", "numpy.bool)", "np.int32", "_np.object", "np.str.", "ñnp.long",
    "np.int(", "(numpy.complex ", "self", "s", "", "self.\n", "np.\nint", "\nself.y=1\nself.z=2",
]

_ALPHABET = st.sampled_from(list("self.npumyintbo_ (=+:)\n1é") + ["self.", "np.", "numpy.", "int", "bool"])


def _spans(pattern, text):
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_fast_pattern_matches_its_plain_form_on_tricky_text(name):
    fast, plain = PLAIN[name]
    for text in TRICKY:
        assert _spans(fast, text) == _spans(plain, text), text


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_fast_patterns_match_their_plain_forms_on_any_text(text):
    for fast, plain in PLAIN.values():
        assert _spans(fast, text) == _spans(plain, text)


IMPORT_TEXTS = [
    b"import a; import b\n", b"x = 1\nfrom . import (a,\n    b)\nimport c\n", b"  import os", b"s = 'import'\nimport x",
    b"from a import b  # import c\nimport d", b"importx\nimport y", b"from a.b import (\n c, d)  import e\nimport f",
    b"", b"import", b"\n\nfrom x import *\r\nimport z\r\n", b"def f():\n    from .m import n\n",
]


def test_import_lines_match_the_pattern():
    for data in IMPORT_TEXTS:
        assert [(m.span(), m.groups()) for m in project._import_lines(data)] == \
            [(m.span(), m.groups()) for m in project._IMPORT.finditer(data)], data


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([b"import ", b"from ", b"a", b".", b"(", b")", b",", b"\n", b" ", b"#", b";", b"\t"]),
                max_size=40).map(b"".join))
def test_import_lines_match_the_pattern_on_any_text(data):
    assert [(m.span(), m.groups()) for m in project._import_lines(data)] == \
        [(m.span(), m.groups()) for m in project._IMPORT.finditer(data)]
