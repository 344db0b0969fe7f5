"""``ast.walk`` without its per-node generator calls.

The analysis walks subtrees tens of thousands of times a run; ``ast.walk``
pays two nested generators (``iter_child_nodes`` over ``iter_fields``) per
node. This walk yields the same nodes in the same breadth-first order.
"""
from __future__ import annotations

import ast
from typing import Dict, Iterator, Tuple

_FIELDS: Dict[type, Tuple[str, ...]] = {}


def walk(root: ast.AST) -> Iterator[ast.AST]:
    """Every node under ``root`` (itself included), in ``ast.walk``'s order."""
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
            fields = _FIELDS[kind] = kind._fields
        for name in fields:
            value = getattr(node, name, None)
            if isinstance(value, node_type):
                append(value)
            elif type(value) is list:
                for item in value:
                    if isinstance(item, node_type):
                        append(item)
