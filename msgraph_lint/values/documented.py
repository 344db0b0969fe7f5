"""Documented parameter types: what a Cell's docstring says its construct takes.

MindSpore's own Cells, and the model zoos written like them, list construct's
arguments in the class docstring's ``Inputs:`` section
(``- **kmax** (int) - Maximum number of neighbors.``); others use a Google-style
``Args:`` section in construct's docstring (``kmax (int): ...``). A top-level
Cell called with a Python ``int`` compiles it as a constant, so an argument
documented as a Python type is no tensor data, whatever the analysis cannot
see of its callers (mindchemistry's GemNet takes ``total_atoms`` and ``kmax``
from host code that computed them with ``int()`` and ``.item()``).

Only an unannotated parameter reads its documentation, and only a type made of
Python type names counts: ``(int)``, ``(Union[int, None])``, ``(tuple[int],
optional)``. Anything naming a Tensor, an array or an unknown class leaves the
parameter as it was.
"""
from __future__ import annotations

import ast
import re
from typing import Dict, Optional

# `- **name** (type) - text`, `- **name** (type): text`, `name (type): text`
_ENTRY = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*)?([A-Za-z_]\w*)(?:\*\*)?\s*\((.*?)\)\s*[-:]")
_SECTION = re.compile(r"^\s*([A-Z][A-Za-z ]*):\s*$")
# Section titles under which construct's arguments are listed.
_CLASS_SECTIONS = frozenset({"Inputs"})
_FUNCTION_SECTIONS = frozenset({"Args", "Arguments", "Inputs", "Parameters"})
_SCALARS = frozenset({"int", "float", "bool", "number", "numbers", "integer", "integers"})
_CONTAINERS = frozenset({"tuple", "list", "dict", "Tuple", "List", "Dict", "Sequence"})
_FILLER = frozenset({"None", "NoneType", "optional", "of", "or", "default", "Default", "Union", "Optional"})
_PYTHON_WORDS = _SCALARS | _CONTAINERS | _FILLER | {"str"}


def _sections(doc: str, wanted: frozenset) -> Dict[str, str]:
    """``name -> type text`` from the entries of the wanted sections of a docstring."""
    found: Dict[str, str] = {}
    section: Optional[str] = None
    for line in doc.splitlines():
        title = _SECTION.match(line)
        if title:
            section = title.group(1).strip()
            continue
        if section not in wanted:
            continue
        entry = _ENTRY.match(line)
        if entry and entry.group(1) not in found:
            found[entry.group(1)] = entry.group(2).strip()
    return found


def host_data(type_text: str) -> bool:
    """A documented NumPy array or PIL image (``(numpy.ndarray)``, ``(PIL Image)``): host data,
    which MindSpore folds into a constant when the top-level graph is given it (measured:
    NumPy on such an argument is static), unless the text names a Tensor as well."""
    words = set(re.findall(r"[A-Za-z_]+", type_text))
    return bool(words & {"ndarray", "PIL"}) and not any("ensor" in w for w in words)


def python_kind(type_text: str) -> Optional[str]:
    """``"scalar"`` for a documented int/float/bool, ``""`` for a str or a container of those
    (``tuple[int]``, ``list of int``), None when the text names anything else (a Tensor, an
    array, a class) or a bare container (``(tuple)``, ``(dict)``: often of tensors)."""
    words = re.findall(r"[A-Za-z_]+", type_text)
    if not words or any(w not in _PYTHON_WORDS for w in words):
        return None
    named = [w for w in words if w not in _FILLER]
    elements = [w for w in named if w not in _CONTAINERS]
    if not elements:
        return None
    if len(elements) == len(named) and all(w in _SCALARS for w in elements):
        return "scalar"
    return ""


def documented_types(fn: ast.FunctionDef, owner: Optional[ast.ClassDef]) -> Dict[str, str]:
    """The documented type text of each of ``fn``'s parameters that has one: from ``fn``'s own
    docstring, then (for construct) the ``Inputs:`` section of its class's docstring."""
    found: Dict[str, str] = {}
    doc = ast.get_docstring(fn, clean=True)
    if doc:
        found.update(_sections(doc, _FUNCTION_SECTIONS))
    if owner is not None and fn.name == "construct":
        doc = ast.get_docstring(owner, clean=True)
        if doc:
            for name, text in _sections(doc, _CLASS_SECTIONS).items():
                found.setdefault(name, text)
    return found
