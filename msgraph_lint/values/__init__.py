"""Values: which expressions are tensor data and which are compile-time constants.

Graph mode folds Python constants while compiling; only tensor *data* can make
a shape dynamic. The package, by concept:

- ``lattice``: the abstract values (CONST < UNKNOWN < DATA) and their join;
- ``constants``: the Python value of a constant, where it can be known;
- ``narrowing``: type guards (``isinstance``, ``ops.is_tensor``) that narrow a name;
- ``expressions``: the value of each expression;
- ``shapes``: shape signatures, to tell when two values' shapes differ;
- ``flow``: a function walked statement by statement (branches, loops, dead code);
- ``calls``: graph roots, helpers and other project modules;
- ``builds``: Cells that can never be built (their construct is never compiled);
- ``callers``: what parent Cells in other modules pass to a Cell's construct;
- ``documented``: the Python types a Cell's docstring gives construct's arguments.
"""
from .calls import ForeignAnalysis, ModuleAnalysis
from .flow import FunctionAnalysis, Hit, ReturnSite
from .lattice import CONST, CONSTV, DATA, DATAV, UNKNOWN, UNKNOWNV, Val, join, kinds_join
from .shapes import shapes_differ

__all__ = ["CONST", "CONSTV", "DATA", "DATAV", "UNKNOWN", "UNKNOWNV", "ForeignAnalysis", "FunctionAnalysis",
           "Hit", "ModuleAnalysis", "ReturnSite", "Val", "join", "kinds_join", "shapes_differ"]
