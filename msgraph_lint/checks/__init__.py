"""The checks: one small module per hazard family.

A check is a pure function ``(node, ctx) -> iterable of Hit`` registered for
the node types it reads. ``ctx`` is the :class:`~msgraph_lint.values.FunctionAnalysis`
walking the graph function, so every check sees the same values analysis.
Checks never print and never import MindSpore.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Callable, Dict, List


class Registry:
    def __init__(self) -> None:
        self.by_type: Dict[type, List[Callable]] = defaultdict(list)
        self.after_branches: List[Callable] = []
        self.after_loop: List[Callable] = []
        self.function_end: List[Callable] = []


REGISTRY = Registry()


def on(*node_types: type):
    """Register a check for AST node types, visited in graph code."""

    def decorate(fn):
        for node_type in node_types:
            REGISTRY.by_type[node_type].append(fn)
        return fn

    return decorate


def after_branches(fn):
    """Register a check called after both branches of an ``if`` were walked."""
    REGISTRY.after_branches.append(fn)
    return fn


def after_loop(fn):
    """Register a check called after a loop body was walked."""
    REGISTRY.after_loop.append(fn)
    return fn


def at_function_end(fn):
    """Register a check called once a graph function has been walked."""
    REGISTRY.function_end.append(fn)
    return fn


def load() -> Registry:
    # Imported for their registrations.
    # (bindings after control_flow: its MSG206 check runs after the join checks of the same `if`)
    from . import classes, control_flow, bindings  # noqa: F401
    from . import dynamic_ops, fallback, framework_api, slicing, sparse, syntax  # noqa: F401

    return REGISTRY
