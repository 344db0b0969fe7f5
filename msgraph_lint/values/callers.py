"""Parents in other modules: what the Cells that hold a Cell pass to its construct.

A Cell defined in ``parts.py`` and held by a Cell of ``model.py``
(``self.pool = PartPool()`` … ``self.pool(x, feat, 1)``) is not called by the
user: its construct's arguments are what its parents pass. Graph mode folds a
Python value passed there (``1``, ``x.shape[2]``, ``h`` from ``b, c, h, w =
x.shape``), so a view or a slice built from it is static (measured,
tests/fixtures/crossmodule_callers). Each parent's call is read on its text:
an argument is known to be a Python value when it is a literal, a size read off
a shape, or a local name bound only to such values; anything else leaves the
parameter as it was (tensor data for a top-level Cell).

The parents are found through :meth:`Project.importers` (the project's import
lines), so this needs the CLI's or pylint's view of the project; flake8 sees one
file and keeps the top-level assumption.
"""
from __future__ import annotations

import ast
import os
from typing import Dict, List, Optional, Tuple

from ..scopes import LIST_FILLS, ClassInfo, ModuleIndex, argument_defaults, bound_arguments, calls_of_names, \
    is_self_attr, parse_call
from . import constants
from .lattice import CONST, Val, join

_SHAPE_ATTRS = frozenset({"shape", "ndim", "size"})
# `int(x)` is left out: of a tensor it is data (MindSpore makes the shapes it sizes dynamic)
_PYTHON_CALLS = frozenset({"len", "min", "max", "abs", "round", "tuple", "list"})
MAX_PARENTS = 32  # parent modules read for one Cell


class Parents:
    """The calls that Cells of other modules make to one Cell's construct."""

    def __init__(self, held: bool, calls: List[Tuple[ast.Call, ast.FunctionDef, ClassInfo]]):
        self.held = held  # some Cell of another module holds it (as an attribute or in a CellList)
        self.calls = calls  # each call, the parent's method it is in, and the parent class

    def arguments(self, fn: ast.FunctionDef) -> Optional[Dict[str, Val]]:
        """The parameters every visible call passes a Python value (or leaves at its literal
        default), with that value; None when no call is visible or one unpacks its arguments."""
        if not self.calls:
            return None
        positional = [a.arg for a in list(fn.args.posonlyargs) + list(fn.args.args)][1:]
        accepted = set(positional) | {a.arg for a in fn.args.kwonlyargs}
        defaults = argument_defaults(fn)
        merged: Dict[str, Optional[Val]] = {}
        for call, method, parent in self.calls:
            keywords = _keywords(call, method)
            if keywords is None or any(isinstance(a, ast.Starred) for a in call.args):
                return None
            # each parameter's possible arguments (None: left at its default)
            passed: Dict[str, List[Optional[ast.expr]]] = {name: [value] for name, value in zip(positional, call.args)}
            for name, value in keywords:
                if name in accepted:
                    passed.setdefault(name, []).append(value)
            for name in accepted:
                val = None
                for arg in passed.get(name, [None]):
                    if arg is not None:
                        one = python_value(arg, method, parent, 0)
                    else:
                        known = constants.literal(defaults[name]) if name in defaults else None
                        one = constants.constant(known[0]) if known is not None else None
                    if one is None:
                        val = None
                        break
                    val = one if val is None else join(val, one)
                if val is None:
                    merged[name] = None
                elif name not in merged:
                    merged[name] = val
                elif merged[name] is not None:
                    merged[name] = join(merged[name], val)
        return {name: val for name, val in merged.items() if val is not None}


def parents(index: ModuleIndex, info: ClassInfo) -> Optional[Parents]:
    """The Cells of other project modules that hold ``info`` and call it, and the plain classes
    of other modules that drive it (below); None when none is seen. (A class of its own module
    that builds it makes it a sub-Cell: :func:`module_parents` reads those.)"""
    project = index.project
    if project is None or not index.module_name or "." in info.qualname:
        return None
    target = f"{index.module_name}.{info.name}"
    here = os.path.realpath(index.path)
    held, calls = False, []
    for other in _importing_modules(index, info):
        if os.path.realpath(other.path) == here:
            continue
        for parent in other.classes.values():
            # A plain class that holds the top-level Cell and calls it (an RL agent, a trainer)
            # is the script that runs the graph: what it passes is what MindSpore compiles with
            # (`'ob_step': t`, a Python int, is folded; measured, tests/fixtures/crossmodule_drivers)
            if parent.kind != "cell" and not _names(other, parent, info.name):
                continue
            singles, lists = _holding_attrs(other, parent, target, info.name, here)
            if parent.kind == "cell" and (singles or lists):
                held = True
            calls.extend(_parent_calls(parent, singles, lists))
    return Parents(held, calls) if held or calls else None


def _importing_modules(index: ModuleIndex, info):
    """The indexes of the project's modules that import ``info`` (a class or a function, by its
    name) or its module, at most MAX_PARENTS of them."""
    project = index.project
    candidates = []
    # a module in no package (`models/model_HAMT.py` without `__init__.py`) may be imported from
    # the project folder above its own: that folder is searched too
    for root in _import_roots(project, index.root) if "." not in index.module_name else [index.root]:
        candidates += project.importers(root, info.name) + project.importers(root, index.module_name.rsplit(".", 1)[-1])
    seen = set()
    for root, module in candidates:
        if (root, module) in seen or module == index.module_name:
            continue
        seen.add((root, module))
        if len(seen) > MAX_PARENTS:
            break
        other = project.index(root, module, index.extra_bases)
        if other is not None:
            yield other


def constructor_argument(index: ModuleIndex, info: ClassInfo, arg: str) -> Optional[tuple]:
    """The one Python value that ``info.__init__``'s argument ``arg`` takes where the other modules
    of the project build the class, when its own module never does: every call passes a literal,
    leaves a literal default, or passes an attribute its enclosing class's ``__init__`` stored as a
    known value. BDCI's UNet++ builds ``UnetUp(..., self.use_deconv, 2)`` in unet_model.py, with
    ``use_deconv=True`` by default: ``if self.use_deconv:`` in unet_parts.py folds (census 7335).
    None when a call cannot be read, two calls disagree, or no call is seen. Kept per class."""
    cache = info.__dict__.setdefault("_msgl_constructor_arguments", {})
    if arg not in cache:
        cache[arg] = None  # (asked again while it is being worked out: not known)
        cache[arg] = _constructor_argument(index, info, arg)
    return cache[arg]


def _constructor_argument(index: ModuleIndex, info: ClassInfo, arg: str) -> Optional[tuple]:
    init = info.methods.get("__init__")
    if index.project is None or not index.module_name or "." in info.qualname or init is None:
        return None
    positional = [a.arg for a in list(init.args.posonlyargs) + list(init.args.args)][1:]
    if arg not in positional and arg not in {a.arg for a in init.args.kwonlyargs}:
        return None
    default = argument_defaults(init).get(arg)
    found: List[tuple] = []
    for call in index._instantiations().get(info.name, []):
        # built in its own module only by factories that hand their `**kwargs` on
        # (`def resnet18(**kwargs): return ResNet(BasicBlock, [2, 2, 2, 2], **kwargs)`, PVNet,
        # census 7333): the factories' callers say
        factory = _forwarding_factory(index, call, positional, arg)
        if factory is None:
            return None  # another build of its own module: the module's rule decides
        if not _calls_agree(index, factory, f"{index.module_name}.{factory.name}", _function_params(factory),
                            arg, default, found):
            return None
    if not _calls_agree(index, info, f"{index.module_name}.{info.name}", positional, arg, default, found):
        return None
    if not found or any(known != found[0] for known in found):
        return None
    return found[0]


def _function_params(fn: ast.FunctionDef) -> List[str]:
    return [a.arg for a in list(fn.args.posonlyargs) + list(fn.args.args)]


def _forwarding_factory(index: ModuleIndex, call: ast.Call, positional: List[str],
                        arg: str) -> Optional[ast.FunctionDef]:
    """The module function holding ``call`` when it is a factory handing its ``**kwargs`` on
    and not passing ``arg`` itself."""
    line = getattr(call, "_msgl_line", None)
    fn = next((f for f in index.functions.values()
               if line is not None and f.lineno <= line <= (f.end_lineno or f.lineno)), None)
    if fn is None or fn.args.kwarg is None or arg in _function_params(fn) \
            or any(a.arg == arg for a in fn.args.kwonlyargs):
        return None
    forwards = [k for k in call.keywords if k.arg is None]
    if len(forwards) != 1 or not (isinstance(forwards[0].value, ast.Name)
                                  and forwards[0].value.id == fn.args.kwarg.arg):
        return None
    if any(k.arg == arg for k in call.keywords) or arg in positional[:len(call.args)] \
            or any(isinstance(a, ast.Starred) for a in call.args):
        return None
    return fn


def _calls_agree(index: ModuleIndex, holder, target: str, positional: List[str], arg: str,
                 default: Optional[ast.expr], found: List[tuple]) -> bool:
    """Add what each call of ``target`` (a class or a factory of ``index``'s module) in the other
    modules of the project passes for ``arg`` to ``found``; False when a call cannot be read."""
    for other in _importing_modules(index, holder):
        names = [name for name, qualified in other.names.aliases.items() if qualified == target]
        for name, begin, end in calls_of_names(other.source, names) if names else ():
            call = parse_call(other.source, begin, end - 1)
            passed = bound_arguments(call, positional) if call is not None else None
            if passed is None:
                return False
            value = passed.get(arg, default)
            known = constants.literal(value) if value is not None else None
            if known is None and value is not None and is_self_attr(value):
                call._msgl_line = other.source.count("\n", 0, begin) + 1
                outer = other._enclosing_init(call)
                attr = outer.attr(value.attr) if outer is not None else None
                known = attr.known if attr is not None and attr.kind in ("const", "none") else None
            if known is None:
                return False
            found.append(known)
    return True


def _import_roots(project, root: str) -> List[str]:
    """Where the modules that may import this one are: its source root, and the project folder
    above it (`models/` and `r2r/` without `__init__.py`, run with the folder above on the path:
    `from models.model_HAMT import VLNBertCMT`)."""
    roots = [root]
    real = os.path.realpath(root)
    for top in project.search_roots:
        top_real = os.path.realpath(top)
        if real != top_real and real.startswith(top_real + os.sep):
            roots.append(top)
            break
    return roots


def module_parents(index: ModuleIndex, info: ClassInfo) -> Optional[Parents]:
    """The Cells of ``info``'s own module that hold it, with every call their methods make to it,
    read on the text. These are the calls the flow did not reach (in a branch a module constant
    turns off, in a method construct never calls): they still say what each argument is
    (``self.bias(x.shape[2])``: a size, not tensor data)."""
    held, calls = False, []
    for parent in index.classes.values():
        if parent is info or (parent.kind != "cell" and not _names(index, parent, info.name)):
            continue  # a plain class of the module that holds it drives it: its calls count too
        singles = {name for name, attr in parent.attrs.items() if attr.kind == "cell" and attr.cls == info.name}
        lists = {name for name, attr in parent.attrs.items()
                 if attr.kind == "cell_list" and info.name in (attr.cls or "").split(",")}
        if singles or lists:
            held = True
            calls.extend(_parent_calls(parent, singles, lists))
    return Parents(held, calls) if held else None


def _names(index: ModuleIndex, cls: ClassInfo, name: str) -> bool:
    """The class's text names ``name`` (read before its ``__init__`` is: most classes do not)."""
    return name in index._text(cls.node)


def _keywords(call: ast.Call, method: ast.FunctionDef) -> Optional[List[Tuple[str, Optional[ast.expr]]]]:
    """The call's keyword arguments, with ``**inputs`` spelled out when ``inputs`` is a dict
    literal with string keys that the method binds once and changes only by ``update`` with
    string keys (a name given twice may be either value; None: maybe not given at all); None
    when a ``**`` argument cannot be read that way."""
    found: List[Tuple[str, Optional[ast.expr]]] = []
    for keyword in call.keywords:
        if keyword.arg is not None:
            found.append((keyword.arg, keyword.value))
            continue
        items = _dict_items(keyword.value, method)
        if items is None:
            return None
        found.extend(items)
    return found


def _dict_items(node: ast.expr, method: ast.FunctionDef) -> Optional[List[Tuple[str, Optional[ast.expr]]]]:
    if not isinstance(node, ast.Name):
        return None
    bound: List[ast.expr] = []
    updates: List[Tuple[str, Optional[ast.expr]]] = []
    read_by_update = set()
    for other in ast.walk(method):
        if isinstance(other, ast.Call) and isinstance(other.func, ast.Attribute) and other.func.attr == "update" \
                and isinstance(other.func.value, ast.Name) and other.func.value.id == node.id:
            if len(other.args) == 1 and not other.keywords:
                items = _literal_items(other.args[0])  # `inputs.update({'k': v})`
            else:
                items = None if other.args else _keyword_items(other.keywords)  # `inputs.update(k=v)`
            if items is None:
                return None
            for key, value in items:
                updates += [(key, None), (key, value)]  # perhaps updated, perhaps not
            read_by_update.add(id(other.func))
        if isinstance(other, ast.Assign) and any(_binds(t, node.id) for t in other.targets):
            bound.append(other.value)
        elif isinstance(other, (ast.AugAssign, ast.AnnAssign, ast.NamedExpr, ast.For, ast.comprehension)) \
                and _binds(other.target, node.id):
            return None
        elif isinstance(other, ast.Subscript) and isinstance(other.ctx, (ast.Store, ast.Del)) \
                and isinstance(other.value, ast.Name) and other.value.id == node.id:
            return None  # `inputs['x'] = ...`: keys added after the literal
        elif isinstance(other, ast.Attribute) and isinstance(other.value, ast.Name) and other.value.id == node.id \
                and id(other) not in read_by_update:
            return None  # `inputs.pop(...)`, `inputs.setdefault(...)`
    if len(bound) != 1:
        return None
    items = _literal_items(bound[0])
    if items is None:
        return None
    given = {key for key, _ in items}
    # a key the literal gives and an update changes: either value, never the default
    return items + [(key, value) for key, value in updates if not (value is None and key in given)]


def _literal_items(value: ast.expr) -> Optional[List[Tuple[str, ast.expr]]]:
    """``{'a': x, ...}`` with string keys, or ``dict(a=x, ...)``: its items; else None."""
    if isinstance(value, ast.Dict):
        if not all(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in value.keys):
            return None  # `**other` inside the literal, or keys that are not strings
        return [(k.value, v) for k, v in zip(value.keys, value.values)]
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "dict" \
            and not value.args:
        return _keyword_items(value.keywords)
    return None


def _keyword_items(keywords: List[ast.keyword]) -> Optional[List[Tuple[str, ast.expr]]]:
    """``k=v, ...`` as items; None when one is a ``**`` unpacking."""
    if any(k.arg is None for k in keywords):
        return None
    return [(k.arg, k.value) for k in keywords]


def _parent_calls(parent: ClassInfo, singles: set, lists: set) -> List[Tuple[ast.Call, ast.FunctionDef, ClassInfo]]:
    """Every call the methods of ``parent`` make through the attributes that hold the Cell."""
    return [(call, method, parent) for method in parent.methods.values()
            for call in _calls_to(method, singles, lists)]


def _holding_attrs(other: ModuleIndex, parent: ClassInfo, target: str, name: str, here: str):
    """The attributes of ``parent`` that hold the Cell (one each), and those that hold a list of them."""
    singles, lists = set(), set()
    for attr_name, attr in parent.attrs.items():
        if attr.kind == "cell_list":
            names = attr.cls.split(",") if attr.cls else []
            if any(_is_target(other, n, target, name, here) for n in names):
                lists.add(attr_name)
        elif attr.kind in ("cell", "unknown") and attr.call is not None:
            qualified = other.names.qualname(attr.call.func)
            if qualified and _is_target(other, qualified, target, name, here):
                singles.add(attr_name)
    return singles, lists


def _is_target(other: ModuleIndex, qualified: str, target: str, name: str, here: str) -> bool:
    if qualified == target:
        return True
    if qualified.rsplit(".", 1)[-1] != name or other.project is None:
        return False
    found = other.project.definition(qualified, other.root, other.extra_bases)
    if found is None:
        # imported from a folder above both source roots (`models.model_HAMT.VLNBertCMT`):
        # the dotted module must be the end of this file's path
        module = qualified.rsplit(".", 1)[0]
        return "." in module and here.endswith(os.sep + os.path.join(*module.split(".")) + ".py")
    return found.kind == "class" and os.path.realpath(found.path) == here \
        and found.info is not None and found.info.name == name


def _calls_to(method: ast.FunctionDef, singles: set, lists: set) -> List[ast.Call]:
    """``self.<single>(...)``, ``self.<list>[i](...)`` and ``v(...)`` in ``for v in self.<list>``."""
    loop_vars = set()
    for node in ast.walk(method):
        if isinstance(node, ast.For) and isinstance(node.target, ast.Name) and is_self_attr(node.iter) \
                and node.iter.attr in lists:
            loop_vars.add(node.target.id)
    found = []
    for node in ast.walk(method):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if is_self_attr(func) and func.attr in singles:
            found.append(node)
        elif isinstance(func, ast.Subscript) and is_self_attr(func.value) and func.value.attr in lists:
            found.append(node)
        elif isinstance(func, ast.Name) and func.id in loop_vars:
            found.append(node)
    return found


def python_value(node: ast.expr, method: ast.FunctionDef, parent: ClassInfo, depth: int) -> Optional[Val]:
    """The value of a parent's call argument when it is surely a Python value, else None."""
    if depth > 4:
        return None
    if isinstance(node, ast.Constant):
        known = constants.literal(node)
        return Val(CONST, "scalar", known=known)
    if isinstance(node, (ast.Tuple, ast.List)):
        parts = [python_value(e, method, parent, depth + 1) for e in node.elts]
        return Val(CONST, "tuple") if all(p is not None for p in parts) else None
    if isinstance(node, ast.UnaryOp):
        return Val(CONST, "scalar") if python_value(node.operand, method, parent, depth + 1) else None
    if isinstance(node, ast.BinOp):
        sides = (python_value(node.left, method, parent, depth + 1),
                 python_value(node.right, method, parent, depth + 1))
        return Val(CONST, "scalar") if all(sides) else None
    if _is_shape_read(node):
        return Val(CONST, "tuple" if isinstance(node, ast.Attribute) and node.attr == "shape" else "scalar")
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _PYTHON_CALLS:
        return Val(CONST, "scalar") if node.func.id == "len" or all(
            python_value(a, method, parent, depth + 1) for a in node.args) else None
    if is_self_attr(node):
        attr = parent.attr(node.attr)
        if attr is not None and attr.kind in ("const", "none"):
            return constants.constant(attr.known[0]) if attr.known is not None else Val(CONST, "scalar")
        return None
    if isinstance(node, ast.Name):
        return _local_value(node.id, method, parent, depth)
    return None


def _is_shape_read(node: ast.expr) -> bool:
    """``x.shape``, ``x.shape[2]``, ``x.shape[:2]``, ``x.ndim``, ``x.size``."""
    while isinstance(node, ast.Subscript):
        node = node.value
    return isinstance(node, ast.Attribute) and node.attr in _SHAPE_ATTRS


def _local_value(name: str, method: ast.FunctionDef, parent: ClassInfo, depth: int) -> Optional[Val]:
    """A local name of the parent's method bound only to Python values (never a parameter)."""
    if any(a.arg == name for a in ast.walk(method.args) if isinstance(a, ast.arg)):
        return None
    bound, tags = False, set()
    for node in ast.walk(method):
        if isinstance(node, ast.Assign):
            # `n = x.shape[2]`, or `b, c, h, w = x.shape`: a Python value, or unpacked from one
            if any(_binds(target, name) for target in node.targets):
                value = python_value(node.value, method, parent, depth + 1)
                if value is None:
                    return None
                bound = True
                direct = any(isinstance(t, ast.Name) for t in node.targets)
                tags.add(value.tag if direct else "scalar")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and isinstance(node.func.value, ast.Name) and node.func.value.id == name:
            # a list filled in place: `shapes = []` … `shapes.append((h, w))` with `h, w` read off
            # a shape (CFDT, census 7333) stays a Python value only if all it takes is one
            # (any other method called on the local makes it unknown)
            if node.func.attr not in LIST_FILLS or node.keywords or any(
                    python_value(a, method, parent, depth + 1) is None for a in node.args):
                return None
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)) and _binds(node.target, name):
            if node.value is None or python_value(node.value, method, parent, depth + 1) is None:
                return None
            bound = True
        elif isinstance(node, (ast.For, ast.comprehension)) and _binds(node.target, name):
            it = node.iter
            if not (isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range"):
                return None
            bound = True
        elif isinstance(node, ast.NamedExpr) and _binds(node.target, name):
            return None
        elif isinstance(node, ast.withitem) and node.optional_vars is not None and _binds(node.optional_vars, name):
            return None
    if not bound:
        return None
    return Val(CONST, "tuple" if tags == {"tuple"} else "scalar")


def _binds(target: ast.expr, name: str) -> bool:
    if isinstance(target, ast.Name):
        return target.id == name
    if isinstance(target, (ast.Tuple, ast.List)):
        return any(_binds(e, name) for e in target.elts)
    if isinstance(target, ast.Starred):
        return _binds(target.value, name)
    return False
