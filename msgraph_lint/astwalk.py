"""``ast.walk`` without its per-node generator calls, and without the leaves nobody asks for.

The analysis walks subtrees tens of thousands of times a run; ``ast.walk``
pays two nested generators (``iter_child_nodes`` over ``iter_fields``) per
node. This walk yields the same nodes in the same breadth-first order, except
the expression contexts (the ``Load()``/``Store()`` of each ``Name``,
``Attribute``, ``Subscript``...): the analysis reads ``node.ctx`` where it
needs one, never a context node on its own, and they are a fifth of all
nodes. Fields that never hold a node (``Name.id``, ``Constant.value``,
``ImportFrom.level``) are not looked at.
"""
from __future__ import annotations

import ast
from typing import Dict, Iterator, Tuple

# fields that hold identifiers, numbers, strings or flags, never a node
_LEAF_FIELDS = frozenset({"id", "attr", "arg", "name", "module", "level", "kind", "type_comment",
                          "conversion", "is_async", "simple", "ctx", "tag"})
_FIELDS: Dict[type, Tuple[str, ...]] = {}
# the comprehension nodes, each with its own scope for the names its `for` clauses bind
COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def _fields(kind: type) -> Tuple[str, ...]:
    if kind is ast.Constant or issubclass(kind, ast.expr_context):
        found: Tuple[str, ...] = ()
    else:
        found = tuple(name for name in kind._fields if name not in _LEAF_FIELDS)
    _FIELDS[kind] = found
    return found


def walk(root: ast.AST) -> Iterator[ast.AST]:
    """Every node under ``root`` (itself included) but expression contexts, in ``ast.walk``'s order."""
    todo = [root]
    append = todo.append
    position = 0
    node_type = ast.AST
    while position < len(todo):
        node = todo[position]
        position += 1
        yield node
        kind = type(node)
        fields = _FIELDS.get(kind)
        if fields is None:
            fields = _fields(kind)
        for name in fields:
            value = getattr(node, name, None)
            if type(value) is list:
                for item in value:
                    if isinstance(item, node_type):
                        append(item)
            elif isinstance(value, node_type):
                append(value)


def parent_map(fn: ast.AST) -> Dict[int, ast.AST]:
    """Each node under ``fn`` (by id) to the node holding it, built once per function and kept on
    it (the checks that ask what a name is an argument, an operand or a target of)."""
    cached = getattr(fn, "_msgl_parents", None)
    if cached is None:
        cached = {}
        for node in walk(fn):
            for child in ast.iter_child_nodes(node):
                cached[id(child)] = node
        fn._msgl_parents = cached
    return cached


def short_text(node: ast.AST, limit: int = 60) -> str:
    """``node``'s source, cut to ``limit`` characters with an ellipsis (for messages)."""
    text = ast.unparse(node)
    return text if len(text) <= limit else text[:limit - 3] + "..."
