"""User-defined Python classes used in graph code in ways the compiler rejects.

At STRICT these fail to compile. At LAX (MindSpore's default) they are
handed to the Python interpreter fallback, whose results have unknown shapes:
MindSpore 2.10 types them as dynamic, so the hazard is real at both levels.
"""
from __future__ import annotations

import ast
from typing import Optional

from ..astwalk import short_text, walk
from ..names import is_mindspore, last
from ..scopes import LIST_FILLS, PARAMETER_NAMES, SELF_CALL, ClassInfo, ancestor_bases, argument_defaults, \
    is_self_attr, names_computed_from
from ..values.constants import literal
from . import on


def level_effect(ctx, value: Optional[ast.expr] = None, shapes: bool = True) -> str:
    """What MindSpore does with it at the configured level; ``value``, the value an assignment
    stores, when it is known: a Python value (a float, a list, None) has no shape to lose;
    ``shapes=False`` where what the fallback gives is not known to lose its shape."""
    if ctx.level == "STRICT":
        return "it fails to compile at STRICT"
    if not shapes or value is not None and (not ctx.is_data(value) or ctx.val(value).tag in ("np", "scalar")):
        # a Python value, or host data (a NumPy array, a number): no graph shape to lose
        # (Focus-DETR's `self.sparse_token_nums = (...).asnumpy() + 1`, 3LWNet's int; censuses
        # 7332, 7333)
        return "at LAX it falls back to the Python interpreter (STRICT rejects it)"
    return "at LAX it falls back to the Python interpreter, with dynamic shapes (STRICT rejects it)"


def _user_class(node: ast.Call, ctx):
    if isinstance(node.func, ast.Name) and node.func.id not in ctx.env:
        info = ctx.index.classes.get(node.func.id)
        if info is not None:
            return info.name, info.kind
        if node.func.id in ctx.index.namedtuples:
            return node.func.id, "plain"
    return None, None


def _built_from_data(node: ast.Call, ctx) -> bool:
    """Is ``node`` a plain or jit_class instance built from tensor data?"""
    _, kind = _user_class(node, ctx)
    args = list(node.args) + [k.value for k in node.keywords]
    # (a construct parameter left at `None` by default is a tensor only when some caller passes
    # one, which the analysis cannot see: PTCR's `cam_label=None`, seed 7341; as for MSG104)
    return kind in ("plain", "jit_class") and any(ctx.is_data(a) and ctx.val(a).tag != "optional"
                                                  and not (kind == "jit_class" and _filled_like(a, ctx)) for a in args)


# Ops whose result MindSpore 2.10 folds to a constant when the input's shape is known, whatever its
# values: a @jit_class object built from one is built from a constant (measured on CPU, both
# levels: `Box(ops.ones_like(x))` and `Box(ops.full_like(x, 3.0))` compile, `Box(ops.zeros_like(x))`
# fails, "all arguments are required to be constants"; blind batch 334's soft-NMS state)
_FOLDED_LIKE = frozenset({"mindspore.ops.ones_like", "mindspore.ops.full_like"})


def _filled_like(arg: ast.expr, ctx) -> bool:
    return isinstance(arg, ast.Call) and ctx.qualname(arg.func) in _FOLDED_LIKE \
        and all(not ctx.is_data(a) for a in list(arg.args[1:]) + [k.value for k in arg.keywords])


@on(ast.Call)
def class_created_from_tensor(node: ast.Call, ctx):
    """MSG401 (plain class) and MSG404 (jit_class): an instance built from tensor data."""
    name, kind = _user_class(node, ctx)
    if _built_from_data(node, ctx):
        if kind == "jit_class":
            yield ctx.hit("MSG404", node, cls=name)
        else:
            node._msgl_fallback_object = True  # (what is read from it later runs in the interpreter too)
            ctx.module.fallback_objects = True
            yield ctx.hit_interpreted_call("MSG401", node, cls=name, effect=level_effect(ctx))


@on(ast.Attribute)
def fallback_object_read(node: ast.Attribute, ctx):
    """MSG401 at LAX, again where a plain object built from tensor data is read: each read of it
    (`h.value`, `bl.area()`) runs in the interpreter once more and gives a value of unknown shape
    (measured: class_plain_in_helper_from_tensor.py, blind batch 89's BoxList); STRICT stopped at
    the construction. Once per line."""
    if ctx.level != "LAX" or not isinstance(node.ctx, ast.Load) or not isinstance(node.value, ast.Name):
        return
    value = ctx.val(node.value)
    if value.tag != "instance" or value.init is None or not getattr(value.init, "_msgl_fallback_object", False):
        return
    lines = getattr(ctx, "_msgl_fallback_reads", None)
    if lines is None or lines[0] is not ctx.fn:
        lines = ctx._msgl_fallback_reads = (ctx.fn, set())
    if node.lineno in lines[1] or node.lineno == value.init.lineno:
        return
    lines[1].add(node.lineno)
    yield ctx.hit("MSG401", node, cls=value.ref,
                  effect=f"reading `{ast.unparse(node)}` from it at LAX runs in the Python interpreter again, "
                         "with dynamic shapes (STRICT rejects the object where it is built)")


@on(ast.Call)
def setattr_in_graph(node: ast.Call, ctx):
    """MSG402: ``setattr(self, name, value)`` in graph code mutates the Cell."""
    func = node.func
    if isinstance(func, ast.Name) and func.id == "setattr" and func.id not in ctx.env and len(node.args) == 3:
        target = node.args[0]
        if isinstance(target, ast.Name) and target.id != "self" and ctx.is_data(target) \
                and ctx.val(target).tag not in ("instance", "jit_instance", "np"):
            # setattr(y, "tag", 1) on a Tensor: dynamic at LAX, an error at STRICT
            yield ctx.hit("MSG402", node, target=ast.unparse(node), effect=level_effect(ctx))
        elif isinstance(target, ast.Name) and (target.id == "self" or ctx.val(target).tag == "instance"):
            yield ctx.hit("MSG402", node, target=ast.unparse(node), effect=level_effect(ctx))
        elif ctx.level == "STRICT" and _sub_cell(target, ctx):
            # setattr(self.fc, "mode", 1): LAX lets it through, STRICT rejects it
            yield ctx.hit("MSG402", node, target=ast.unparse(node), effect=level_effect(ctx))


@on(ast.Expr)
def field_grown_in_graph(node: ast.Expr, ctx):
    """MSG402: ``rec.flags.append(v)`` on a plain object the function made itself: the interpreter
    holds the object, and growing a list field is a write to it like ``rec.flags = ...``."""
    call = node.value
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr in LIST_FILLS
            and isinstance(call.func.value, ast.Attribute) and isinstance(call.func.value.value, ast.Name)):
        return
    target = call.func.value
    if _made_here(target.value, ctx) is not None:
        yield from _plain_object_write(node, target, ctx)


@on(ast.Assign, ast.AugAssign)
def object_mutated_in_graph(node, ctx):
    """MSG402: an attribute set on a user object, or on the Cell itself, inside graph code."""
    for hit in _mutations(node, ctx):
        if not hit.stage and ctx.level == "STRICT" and hit.fmt.get("target", "").startswith("self."):
            # STRICT refuses a write to the Cell's attributes (and to what it holds) while parsing:
            # the function's other lines are never compiled (batch 103)
            hit.stage = "parse"
        yield hit


def _mutations(node, ctx):
    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
    for target in targets:
        if (isinstance(target, ast.Subscript) and isinstance(target.value, ast.Attribute)
                and is_self_attr(target.value) and ctx.level == "STRICT" and ctx.owner is not None
                and ctx.owner.kind == "cell"):
            # self.stats["m"] = x: an item of a container attribute; STRICT only
            attr = ctx.owner.attr(target.value.attr)
            if attr is None and _has_library_base(ctx.owner, ctx):
                # `self.weight[0:25, :] = 1000` in a subclass of nn.Dense: MindSpore's own base made
                # it, maybe a Parameter, whose items are set in place (measured: static, both levels)
                continue
            if attr is None or attr.kind != "param" and not _from_parameter_factory(ctx.owner, attr):
                # in a helper, MindSpore blames the helper's call
                yield ctx.hit_at_call_site("MSG402", target, target=ast.unparse(target), effect=level_effect(ctx))
                return
        if not isinstance(target, ast.Attribute):
            continue
        base = target.value
        if isinstance(base, ast.Name) and base.id == "self" and ctx.owner is not None:
            attr = ctx.owner.attr(target.attr)
            if attr is None and _has_library_base(ctx.owner, ctx):
                continue  # maybe a Parameter that MindSpore's own base class creates (nn.Adam's beta1_power)
            if ctx.owner.kind == "plain" and not ctx.root and ctx.fn.name != "__init__":
                # a method of a plain object graph code calls (`hyps.add(score)` setting
                # `self.best_score`): LAX runs the write in the interpreter (dynamic there), STRICT
                # refuses it at the method's call (batch 112)
                if ctx.level == "STRICT":
                    # (refused at the call, before anything in the method is compiled: a `min()` of
                    # tensor data before the write is never reached, blind batch 127)
                    yield ctx.hit_at_call_site("MSG402", target, stage="parse", target=ast.unparse(target),
                                               effect="STRICT refuses a method that sets its own object's "
                                                      "attributes, where it is called")
                elif not any(isinstance(other, (ast.Assign, ast.AugAssign)) and other.lineno < node.lineno
                             and any(is_self_attr(t) for t in (other.targets if isinstance(other, ast.Assign)
                                                               else [other.target])) for other in walk(ctx.fn)):
                    # (the first write only: what later ones read is the interpreter's already)
                    yield ctx.hit("MSG402", target, target=ast.unparse(target),
                                  effect="the Python interpreter runs it, with dynamic shapes (STRICT refuses "
                                         "the method's call)")
                return
            if attr is not None and attr.from_arg and not _python_values_passed(
                    ctx.owner, attr.from_arg, ctx, tensors=ctx.owner.kind == "jit_class"):
                # stored from a constructor argument that may be a Parameter (then an Assign). A
                # @jit_class built with new Tensors (`ops.zeros(())`) holds no Parameter: the write
                # falls back at LAX and STRICT refuses the method's call (measured,
                # class_jit_class_built_with_tensors_method_write.py; blind batch 139)
                continue
            if attr is not None and _from_parameter_factory(ctx.owner, attr):
                continue  # `self.lr = registry.register("lr", t)`: project code that makes a Parameter
            if ctx.owner.kind == "cell" and ctx.level == "STRICT" and attr is not None and attr.maybe_none \
                    and isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) \
                    and ctx.qualname(node.value.func) == "mindspore.Parameter":
                # a Parameter built lazily where `__init__` may have left None (`if self.weight is
                # None: self._init_weight(n)`): STRICT refuses the write to the None attribute while
                # parsing, at the helper's call (measured, blind batch 368; LAX fails at the
                # Parameter's initializer instead, MSG520/MSG521)
                yield ctx.hit_at_call_site("MSG402", target, stage="parse", target=ast.unparse(target),
                                           effect="STRICT refuses it: `__init__` may leave the attribute None, "
                                                  "and only a Parameter attribute can be set in graph code")
                return
            if ctx.owner.kind == "cell" and (attr is None or attr.kind != "param"):
                # In a helper, STRICT blames the helper's call; LAX the assignment.
                make = ctx.hit_at_call_site if ctx.level == "STRICT" else ctx.hit
                # what the write does, not a shape: the interpreter's result may keep a static
                # shape (mindone gemma's `self.inv_freq = inv_freq`: `Tensor[Float32], (4)`) or not
                # (a sub-Cell's output: `Any(Tensor)`); census 7337
                effect = level_effect(ctx, shapes=False)
                reader = _stale_reader(ctx, target.attr) if ctx.level == "LAX" else None
                if reader is not None:
                    seen = ("finds no such attribute, so the compile fails there" if attr is None else
                            "reads the `None` that `__init__` set" if attr.kind == "none" else
                            "reads the value `__init__` set, not this one")
                    effect = (f"at LAX the write falls back to the Python interpreter, and `{reader}()`, "
                              f"compiled apart, does not see it: it {seen} (STRICT rejects the write)")
                yield make("MSG402", target, target=ast.unparse(target), effect=effect)
                return
            if ctx.owner.kind == "jit_class":
                # LAX blames the assignment in the method, STRICT the method's call.
                make = ctx.hit_at_call_site if ctx.level == "STRICT" else ctx.hit
                # (a jit_class method that sets its own attribute: LAX falls back, STRICT rejects it,
                # both measured; set from outside the class, it is the `jit_instance` case below)
                yield make("MSG402", target, target=ast.unparse(target),
                           effect=level_effect(ctx, node.value if isinstance(node, ast.Assign) else None))
                return
            continue
        value = ctx.val(base)
        if _sub_cell(base, ctx) and _not_a_parameter(base, target.attr, ctx):
            # self.fc.flag = True: both levels fail (at run time, with no line of the program blamed)
            yield ctx.hit("MSG402", target, target=ast.unparse(target),
                          effect="a sub-cell's attributes cannot be set in graph code at either level")
            return
        if parameter_of_self(base, ctx):
            if target.attr == "data":
                # self.bias.data = t: both levels lower it to a SetData op, which MindSpore 2.10 has
                # no CPU or GPU kernel for (measured on CPU; Ascend's library has one: not flagged)
                if ctx.device != "Ascend":
                    yield ctx.hit("MSG402", target, target=ast.unparse(target),
                                  effect="it becomes a SetData op, and only the Ascend backend has "
                                         "a kernel for it")
                return
            # self.fc.weight.requires_grad = False: rejected at both levels
            yield ctx.hit("MSG402", target, target=ast.unparse(target),
                          effect="attributes of a Parameter cannot be set in graph code at either level")
            return
        if isinstance(base, ast.Name) and _parameter_loop_element(base.id, ctx):
            # `for p in self.weights: p.grad = g` over a ParameterTuple: rejected at both levels
            # ("Do not support to set attribute for a parameter"), like self.w.requires_grad
            yield ctx.hit("MSG402", target, target=ast.unparse(target),
                          effect="attributes of a Parameter cannot be set in graph code at either level")
            return
        if isinstance(base, ast.Name) and value.tag not in ("instance", "jit_instance", "np") and (
                ctx.is_data(base) or ctx.built_as_tensor(base.id)):
            # y.tag = 1 on a Tensor: MindSpore 2.10 hands it to the interpreter at both levels, a
            # constant one too (`w = ops.ones(...)`; `w.requires_grad = False`: measured, batch 101)
            yield ctx.hit("MSG402", target, target=ast.unparse(target),
                          effect="the interpreter fallback it needs gives dynamic shapes at both levels")
            return
        if value.tag == "jit_instance":
            # `stats.mean = t` on a jit_class object (held by the Cell or built in construct):
            # LAX keeps a tensor there in the graph (static) and hands a Python value to the
            # interpreter; STRICT stops with an internal error, `Unknown type: MsClassType`, at no
            # line of the program (measured, 2.10, batch 70-71)
            if ctx.level == "STRICT":
                effect = ("it fails to compile at STRICT (MindSpore 2.10 stops with an internal error, "
                          "`Unknown type: MsClassType`)")
            elif ctx.is_data(node.value) or isinstance(node, ast.AugAssign) and ctx.is_data(target) \
                    or isinstance(node, ast.Assign) and not _python_valued(node.value, ctx):
                return  # a Tensor stays in the graph (one computed from a Parameter too: batch 126)
            else:
                effect = "at LAX it falls back to the Python interpreter (STRICT rejects it)"
            yield ctx.hit("MSG402", target, target=ast.unparse(target), effect=effect)
            return
        if value.tag == "instance" or isinstance(base, ast.Name) and _module_object(base.id, ctx):
            yield from _plain_object_write(node, target, ctx)
            return


def _python_valued(value: ast.expr, ctx) -> bool:
    """Is ``value`` surely a Python value (a number, string, bool, None, shape or a tuple of them),
    not a Tensor? Only such a value sends a jit_class attribute write to the interpreter at LAX."""
    val = ctx.val(value)
    if val.known is not None or val.tag in ("scalar", "bool", "shape"):
        return True
    if isinstance(value, (ast.Tuple, ast.List)):
        return all(_python_valued(elt, ctx) for elt in value.elts)
    if isinstance(value, ast.BinOp):
        # `self.tally.loads = self.tally.loads + 1`: a number field stepped by a number (blind batch
        # 281's shift tally, dynamic at LAX as `+= 1` is)
        return _python_valued(value.left, ctx) and _python_valued(value.right, ctx)
    if isinstance(value, ast.UnaryOp):
        return _python_valued(value.operand, ctx)
    if isinstance(value, ast.Attribute):
        base = ctx.val(value.value)
        info = ctx.index.classes.get(base.ref) if base.tag == "jit_instance" and base.ref else None
        attr = info.attr(value.attr) if info is not None else None
        held = attr.known or attr.init_known if attr is not None and attr.kind == "const" else None
        if held is None and info is not None and isinstance(base.init, ast.Call):
            # `DecoderState(h0, 0)` made by a helper, `__init__` storing `self.step = step`: the number
            # its call passes (blind batch 333's transducer predictor, dynamic at `state.step + 1`)
            held = ctx.index.config_object_field(base.init, value.attr, kinds=("plain", "jit_class"))
        return held is not None and isinstance(held[0], (int, float, bool))  # what its `__init__` set
    return isinstance(value, ast.Constant)


_PYTHON_BUILTINS = frozenset({"int", "float", "bool", "abs", "min", "max", "round", "pow", "str", "len"})


def _module_object(name: str, ctx) -> bool:
    """Is ``name`` a module-level instance of a plain class of this module (`STATE = State()`)?"""
    if name in ctx.env or name not in ctx.index.module_values:
        return False
    value = ctx.index.module_values[name]
    if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Name)):
        return False
    info = ctx.index.classes.get(value.func.id)
    return info is not None and info.kind == "plain"


def _interpreter_object(base: ast.expr, ctx) -> bool:
    """Is ``base`` a local name bound to a plain class's instance built from tensor data?"""
    if not isinstance(base, ast.Name) or base.id not in ctx.env:
        return False
    init = ctx.val(base).init
    return isinstance(init, ast.Call) and _built_from_data(init, ctx)


def _computes_with(value: Optional[ast.expr], name: str, ctx) -> bool:
    """Does ``value`` compute something from the object ``name`` or from a value the interpreter
    holds (not a bare constant or name, which only hands a value over)?"""
    if value is None or isinstance(value, (ast.Constant, ast.Name)):
        return False
    return any(isinstance(sub, ast.Name) and sub.id == name for sub in walk(value)) \
        or ctx.holds_interpreted(value)


def _plain_object_write(node, target: ast.Attribute, ctx):
    """A write to an attribute of a plain Python object (held by the Cell, built in construct, or
    a module's global): the interpreter runs it at both levels, and the object's attribute is no
    constant from then on (measured, batch 114): STRICT fails at the next Python operation that
    reads it (``x * self.meter.count``, ``if state.n > 2``, ``int(...)``), at the write itself
    when the object is a module's global read back by ``+=``; with no such read the write is
    only dynamic, at STRICT too."""
    text = ast.unparse(target)
    made = _made_here(target.value, ctx)
    if made is not None:
        # (an item read or a method call on a field is a Python operation too: `return s.flags[0]`
        # fails at STRICT, `getitem`, and is dynamic at LAX; measured, class_record_*_field_*.py,
        # blind batch 249's policy summary)
        read = _operation_on(ctx.fn, text, node, items=True, results=ctx.level == "STRICT")
        if ctx.level == "STRICT" and read is not None:
            held = f"`{read.id}`, computed from the value it holds," if isinstance(read, ast.Name) \
                else "the value it holds"
            yield ctx.hit("MSG402", read, stage="fails", target=text,
                          effect=f"the interpreter runs that write (line {node.lineno}), and at STRICT this "
                                 f"Python operation on {held} fails to compile")
            return
        if not _returned_whole(target.value.id, ctx):  # (returned: one hazard, MSG403's, where it is made)
            # `rec = LossRecord()` ... `rec.pde = loss`: MindSpore marks where the object is made, not
            # each write (dynamic there at both levels; measured: class_record_fields_*.py, blind
            # batches 197, 198 and 204)
            yield ctx.hit("MSG402", made, stage="passes" if ctx.level == "STRICT" else "", target=text,
                          effect=f"the object is made at line {made.lineno} in graph code, and the Python "
                                 "interpreter runs it and what sets its attributes, with dynamic shapes there")
        if read is not None:
            # at LAX a Python operation on what the interpreter set is dynamic too (`rec.pde + w *
            # rec.bc`: measured, class_record_fields_*_direct_read.py)
            yield ctx.hit("MSG402", read, target=text,
                          effect=f"the interpreter runs that write (line {node.lineno}), and this operation on "
                                 "the value it holds runs there too, with dynamic shapes")
        return
    if ctx.level != "STRICT":
        if _interpreter_object(target.value, ctx) and not isinstance(node, ast.AugAssign) \
                and not _computes_with(node.value, target.value.id, ctx):
            # the interpreter holds the whole object (built here from tensor data, MSG401 where it is
            # made): setting a field to a constant, a name or a graph value computes nothing there,
            # and MindSpore blames no such line (blind batch 282's `state.flagged = True` under an
            # `if`; `out.aux = self.aux(f)`, `state.derivative = eps`: labelled cases); one computing
            # with the object's fields is blamed (`rec.cost = rec.cost * 1.1`)
            return
        yield ctx.hit("MSG402", target, target=text,
                       effect="the Python interpreter runs it, with dynamic shapes (at STRICT too, and "
                              "STRICT fails at the next Python operation on what it set)")
        return
    glob = isinstance(target.value, ast.Name) and target.value.id not in ctx.env and target.value.id != "self"
    if glob and isinstance(node, ast.AugAssign):
        yield ctx.hit("MSG402", target, stage="fails", target=text,
                       effect="`+=` reads a global object's attribute the function sets, which STRICT "
                              "holds in the interpreter: the operation fails to compile at STRICT")
        return
    read = _operation_on(ctx.fn, text, node)
    if read is not None:
        yield ctx.hit("MSG402", read, stage="fails", target=text,
                       effect=f"the interpreter runs that write (line {node.lineno}), and at STRICT this "
                              "Python operation on the value it holds fails to compile")
        return
    yield ctx.hit("MSG402", target, stage="passes", target=text,
                   effect="the Python interpreter runs it at both levels, with dynamic shapes")


def _made_here(value: ast.expr, ctx, jit_class: bool = False) -> Optional[ast.Call]:
    """The call that made ``value``, a local name bound to an instance of a plain class of
    this module built in the function being analysed from no tensor data (``rec =
    LossRecord()``), else None. With ``jit_class``, of a ``@jit_class`` too."""
    if not isinstance(value, ast.Name) or value.id not in ctx.env:
        return None
    v = ctx.val(value)
    init = v.init
    if v.tag not in (("instance", "jit_instance") if jit_class else ("instance",)) \
            or not isinstance(init, ast.Call) or not isinstance(init.func, ast.Name):
        return None
    info = ctx.index.classes.get(init.func.id)
    if info is None or info.kind not in (("plain", "jit_class") if jit_class else ("plain",)) \
            or init.func.id in ctx.env or _built_from_data(init, ctx):
        return None  # (built from tensor data: MSG401's, the interpreter holds the whole object)
    if not any(sub is init for sub in walk(ctx.fn)):
        return None
    if info.kind == "jit_class" and not (
            all(ctx.val(arg).known is not None for arg in list(init.args) + [k.value for k in init.keywords])
            and _python_fields_only(info)):
        # (a @jit_class object given a Tensor, even `ops.zeros(())`, or holding one its `__init__`
        # makes, is held by the interpreter: its method's lines are dynamic, no field reads as
        # `__init__` left it; measured, beekeeping_varroa_counter_jitclass.py,
        # kgraph_jit_class_rank_accumulator.py, videoact_jit_class_score_buffer.py)
        return None
    return init


def _python_fields_only(info: ClassInfo) -> bool:
    """Does ``info.__init__`` store on its object only literals and its own arguments?"""
    init = info.methods.get("__init__")
    if init is None or not init.args.args:
        return init is None
    me = init.args.args[0].arg
    params = {a.arg for a in init.args.args[1:] + init.args.kwonlyargs}
    for sub in walk(init):
        if isinstance(sub, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = sub.targets if isinstance(sub, ast.Assign) else [sub.target]
            if any(isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == me
                   for t in targets):
                value = sub.value
                if value is None or not (literal(value) is not None
                                         or isinstance(value, ast.Name) and value.id in params):
                    return False
    return True


def _fields_changed_in(name: str, fn: ast.AST) -> bool:
    """Does ``fn`` itself set or change a field of the object bound to ``name`` (``rec.f = v``,
    ``rec.f += v``, ``rec.f[i] = v``, ``rec.f.append(v)``, ``setattr(rec, ...)``)?"""
    def rooted(node) -> bool:  # `rec.f`, `rec.f.g`, `rec.f[i]`
        while isinstance(node, (ast.Attribute, ast.Subscript)):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                return node.value.id == name
            node = node.value
        return False

    for sub in walk(fn):
        if isinstance(sub, (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Delete)):
            targets = sub.targets if isinstance(sub, (ast.Assign, ast.Delete)) else [sub.target]
            if any(rooted(t) for target in targets for t in walk(target)):
                return True
        elif isinstance(sub, ast.Call):
            func = sub.func
            if isinstance(func, ast.Attribute) and rooted(func.value):
                return True  # a method of one of its fields: `rec.notes.append(...)`
            if isinstance(func, ast.Name) and func.id == "setattr" and sub.args \
                    and isinstance(sub.args[0], ast.Name) and sub.args[0].id == name:
                return True
    return False


def _returned_whole(name: str, ctx) -> bool:
    """Does a graph root return ``name`` itself (alone or in a tuple)?"""
    if not ctx.root or ctx.owner is not None and ctx.index.held_by_parent(ctx.owner.name):
        return False
    for sub in walk(ctx.fn):
        if isinstance(sub, ast.Return) and sub.value is not None:
            values = sub.value.elts if isinstance(sub.value, ast.Tuple) else [sub.value]
            if any(isinstance(v, ast.Name) and v.id == name for v in values):
                return True
    return False


@on(ast.Call)
def method_reads_unset_field(node: ast.Call, ctx):
    """MSG402: ``rec.total(w)`` on a plain object made in this function, whose method does
    arithmetic on a field the function set (``rec.pde = loss``) and ``__init__`` left None: graph
    mode compiles the method with ``__init__``'s value, and the arithmetic on None fails at both
    levels, at the method's line (measured: class_record_fields_none_method*.py, blind batch 204;
    with fields that start as numbers it compiles, dynamic where the object is made)."""
    if ctx.only_codes is not None:
        return
    found = _unset_field_use(node, ctx)
    if found is not None:
        made, info, method, operation, field = found
        if ctx.level == "STRICT" and _field_operated_on(node.func.value.id, ctx):
            # `summary.avg_power / self.ftp` in construct itself: STRICT refuses that Python
            # operation on the interpreter's field first, not the method's None arithmetic (measured:
            # blind batch 299's ride summary, class_record_none_fields_method_and_direct_op.py)
            return
        hit = ctx.hit("MSG402", operation, "fails", target=f"{node.func.value.id}.{field}", effect=(
            f"graph mode compiles `{info.name}.{method.name}` with the value `__init__` gave it (None), not "
            f"the one line {made.lineno}'s object was given, and {_on_none(operation)} fails to compile at "
            "both levels"))
        ctx.module.report_reached(hit, f"{info.qualname}.{method.name}", ctx, node)


def _on_none(operation: ast.AST) -> str:
    """What ``operation`` does to the None field, in words."""
    if isinstance(operation, ast.BinOp):
        return "arithmetic on None"
    if isinstance(operation, ast.Attribute):
        return f"reading `.{operation.attr}` of None"
    if isinstance(operation, ast.Subscript):
        return "indexing None"
    return f"`{short_text(operation.func, 30)}` given None"


def _field_operated_on(name: str, ctx) -> bool:
    """Does the function, after setting a field of the object ``name`` (``rec.f = v``), run a Python
    operation on that field itself (``rec.f / 2``)?"""
    for write in walk(ctx.fn):
        if isinstance(write, ast.Assign):
            for target in write.targets:
                if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) \
                        and target.value.id == name \
                        and _operation_on(ctx.fn, ast.unparse(target), write, items=True) is not None:
                    return True
    return False


def _method_of_made(node: ast.expr, ctx, jit_class: bool = False):
    """For ``obj.m(...)`` with ``obj`` a plain object this function made (:func:`_made_here`): the
    call that made it, its class, the method and the method's own name for the object (``self``);
    else None."""
    func = node.func if isinstance(node, ast.Call) else None
    if not (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)):
        return None
    made = _made_here(func.value, ctx, jit_class)
    if made is None:
        return None
    info = ctx.index.classes.get(made.func.id)
    method = info.methods.get(func.attr)
    if method is None or not method.args.args:
        return None
    return made, info, method, method.args.args[0].arg


def _unset_field_use(node: ast.expr, ctx):
    """For ``rec.total(w)`` as :func:`method_reads_unset_field` describes it: the call that made
    the object, its class, the method, the arithmetic and the field; else None."""
    called = _method_of_made(node, ctx)
    if called is None:
        return None
    made, info, method, me = called
    written = {t.attr for sub in walk(ctx.fn) if isinstance(sub, ast.Assign) for t in sub.targets
               if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == node.func.value.id}

    def none_field(operand) -> bool:
        if not (isinstance(operand, ast.Attribute) and isinstance(operand.value, ast.Name) and operand.value.id == me):
            return False
        attr = info.attr(operand.attr)
        return attr is not None and attr.known == (None,)

    # a field the method tests against None, or sets itself, is not read as `__init__`'s None
    # (measured: class_record_none_field_method_{tests_is_none,sets_then_sums}.py)
    tested = {ast.unparse(sub.left) for sub in walk(method) if isinstance(sub, ast.Compare)
              and any(isinstance(op, (ast.Is, ast.IsNot)) for op in sub.ops)}
    tested |= {ast.unparse(t) for sub in walk(method) if isinstance(sub, ast.Assign) for t in sub.targets
               if isinstance(t, ast.Attribute)}
    for sub in walk(method):
        if isinstance(sub, ast.BinOp):
            if isinstance(sub.op, ast.Add) and none_field(sub.left) and none_field(sub.right):
                continue  # `None + None` compiles (to None); `-`, `*`, `/` of them, or with a number, fail
                # (measured: class_record_none_field*_method_*.py, blind batch 288's usher tally)
            operands = (sub.left, sub.right)
        elif isinstance(sub, (ast.Attribute, ast.Subscript)) and not isinstance(sub.ctx, ast.Store):
            # `self.holds.sum()`, `self.holds.shape`, `self.holds[0]`: None has no such attribute and
            # takes no index, at both levels (measured: class_record_none_field_method_{call_sum,shape,
            # item}.py, blind batch 306's timetable record)
            operands = (sub.value,)
        elif isinstance(sub, ast.Call) and (ctx.qualname(sub.func) or "").startswith("mindspore."):
            operands = tuple(sub.args)  # `ops.sum(self.holds)`: the op refuses None (measured)
        else:
            continue
        for operand in operands:
            if none_field(operand) and operand.attr in written and ast.unparse(operand) not in tested:
                return made, info, method, sub, operand.attr
    return None


def _operation_on(fn: ast.AST, text: str, write, items: bool = False, results: bool = False) -> Optional[ast.AST]:
    """The first read of ``text`` (``self.meter.count``) after ``write`` in ``fn`` that a Python
    operation takes: an operand of arithmetic, a comparison or a builtin call, or another ``+=``;
    with ``items`` (an object the function made itself) also an item read (``rec.flags[0]``) or a
    method called on it (``rec.flags.append(v)`` once more); with ``results`` also an operation on
    a name computed from it (``y = ops.exp(rec.total)``, ``out = ops.stack(rec.flags)``): the
    interpreter's values too, so the first Python operation on one is where STRICT fails (measured:
    class_record_*_op_argument.py, class_record_list_field_*_stack.py, `y * 2.0` and `out.sum()` are
    blamed; a binding that is itself such an operation comes after it, found first)."""
    best = None
    derived = names_computed_from(fn, write.lineno, lambda n: isinstance(n, ast.Attribute) and isinstance(
        n.ctx, ast.Load) and ast.unparse(n) == text) if results else {}
    for sub in walk(fn):
        if getattr(sub, "lineno", 0) <= write.lineno or best is not None and sub.lineno >= best.lineno:
            continue
        operands = ()
        if isinstance(sub, ast.BinOp):
            operands = (sub.left, sub.right)
        elif isinstance(sub, ast.UnaryOp):
            operands = (sub.operand,)
        elif isinstance(sub, ast.Compare):
            operands = (sub.left, *sub.comparators)
        elif isinstance(sub, ast.AugAssign):
            operands = (sub.target,)
        elif isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id in _PYTHON_BUILTINS:
            operands = tuple(sub.args)
        elif items and isinstance(sub, ast.Subscript):
            operands = (sub.value,)
        elif items and isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute):
            operands = (sub.func.value,)
        for operand in operands:
            if isinstance(operand, ast.Attribute) and ast.unparse(operand) == text \
                    or isinstance(operand, ast.Name) and derived.get(operand.id, operand.lineno) < operand.lineno:
                best = operand
                break
    return best


def _parameter_loop_element(name: str, ctx) -> bool:
    """Is ``name`` the loop variable of a ``for`` over the Cell's Parameters (a ParameterTuple
    kept on it, ``self.trainable_params()``), directly or through ``enumerate``?"""
    if ctx.owner is None:
        return False
    for node in walk(ctx.fn):
        if not isinstance(node, ast.For):
            continue
        target, source = node.target, node.iter
        if isinstance(source, ast.Call) and isinstance(source.func, ast.Name) and source.func.id == "enumerate" \
                and source.args and isinstance(target, ast.Tuple) and len(target.elts) == 2:
            target, source = target.elts[1], source.args[0]
        if not (isinstance(target, ast.Name) and target.id == name):
            continue
        if is_self_attr(source):
            attr = ctx.owner.attr(source.attr)
            if attr is not None and attr.kind == "param" and attr.qualname.endswith("ParameterTuple"):
                return True
        if isinstance(source, ast.Call) and is_self_attr(source.func) \
                and source.func.attr == "trainable_params":
            return True
    return False


def _stale_reader(ctx, name: str) -> Optional[str]:
    """A method of the Cell that graph code calls, other than ``construct`` and the one writing,
    that reads ``self.<name>``. At LAX the write is made by the interpreter, and such a method,
    compiled apart, does not see it: it reads what ``__init__`` left, or fails to compile when
    that is nothing (measured: a read in ``construct``, or later in the writing method, sees it)."""
    owner = ctx.owner
    methods = owner.methods
    home = owner.index or ctx.index
    writer = getattr(ctx.fn, "name", "")
    called = {callee for method_name, method in methods.items() if method_name != "__init__"
              for callee in SELF_CALL.findall(home._text(method))}
    for method_name in sorted(called):
        method = methods.get(method_name)
        if method is None or method_name in ("__init__", "construct", writer):
            continue
        if any(is_self_attr(sub) and sub.attr == name and isinstance(sub.ctx, ast.Load) for sub in walk(method)):
            return method_name
    return None


def parameter_of_self(node: ast.expr, ctx) -> bool:
    """Is ``node`` a Parameter of the Cell (``self.w``) or of one of its MindSpore sub-cells (``self.fc.weight``)?"""
    if ctx.owner is None or ctx.owner.kind != "cell" or not isinstance(node, ast.Attribute):
        return False
    if is_self_attr(node):
        attr = ctx.owner.attr(node.attr)
        return attr is not None and attr.kind == "param"
    if is_self_attr(node.value) and node.attr in _LIBRARY_PARAMETERS:
        attr = ctx.owner.attr(node.value.attr)
        return attr is not None and attr.kind == "cell" and is_mindspore(attr.qualname)
    return False


_LIBRARY_PARAMETERS = PARAMETER_NAMES


def _not_a_parameter(sub: ast.Attribute, name: str, ctx) -> bool:
    """Is ``self.<sub>.<name>`` known not to be a Parameter (which an Assign could update)?"""
    if name in _LIBRARY_PARAMETERS:
        return False
    attr = ctx.owner.attr(sub.attr)
    info = ctx.index.classes.get(attr.cls) if attr.cls else None
    if info is None:
        return is_mindspore(attr.qualname)
    found = info.attr(name)
    return found is not None and found.kind not in ("param", "unknown")


def _sub_cell(node: ast.expr, ctx) -> bool:
    """Is ``node`` ``self.<name>`` holding a sub-cell?"""
    if not (isinstance(node, ast.Attribute) and is_self_attr(node) and ctx.owner is not None):
        return False
    attr = ctx.owner.attr(node.attr)
    return attr is not None and attr.kind == "cell"


def _python_values_passed(info, arg: str, ctx, tensors: bool = False) -> bool:
    """Do the visible constructions of ``info`` pass only Python literals for ``arg`` (or, with
    ``tensors``, Tensors a MindSpore op makes)?"""
    from ..values.constants import literal

    home = info.index or ctx.index
    passed = home.passed_values(info, arg) if home is not None else None
    if passed is None:  # no construction in sight: the default, if it has one, tells
        init = info.methods.get("__init__")
        passed = [argument_defaults(init).get(arg) if init is not None else None]
    return bool(passed) and all(v is not None and (literal(v) is not None or tensors and _new_tensor(v, home))
                                for v in passed)


def _new_tensor(value: ast.expr, home) -> bool:
    """A Tensor made by a MindSpore op or constructor (``ops.zeros(0, ms.int32)``), never a
    Parameter: a write replacing it is no Assign (blind batch 139's candidate pool: STRICT refuses
    it at the method's call)."""
    if not isinstance(value, ast.Call) or home is None:
        return False
    qualified = home.names.qualname(value.func) or ""
    return qualified.startswith("mindspore.") and "Parameter" not in qualified


def _from_parameter_factory(info, attr) -> bool:
    """Did ``__init__`` set the attribute from a call of project code (a helper function, a
    method, a registry object's method in another module) that builds a ``Parameter``? Then
    it may hold that Parameter, and a write in graph code is an Assign."""
    call = attr.call
    if attr.kind != "unknown" or call is None:
        return False
    home = info.index
    if home is None:
        return False
    fn = None
    if isinstance(call.func, ast.Name):
        fn = home.functions.get(call.func.id)
    elif is_self_attr(call.func):
        found = home.method(info, call.func.attr)
        fn = found[0] if found else None
    elif isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name):
        found = home.instance_method(call.func.value.id, call.func.attr)  # `registry = Registry()` here
        fn = found[0] if found else None
    if fn is None and home.project is not None:
        qualified = home.names.qualname(call.func)
        if qualified and "." in qualified and not is_mindspore(qualified):
            definition = home.project.definition(qualified, home.root, home.extra_bases)
            if definition is not None and definition.kind in ("function", "method"):
                fn = definition.node
    return fn is not None and any(
        isinstance(n, ast.Call) and (n.func.id if isinstance(n.func, ast.Name) else
                                     getattr(n.func, "attr", "")) == "Parameter" for n in walk(fn))


def _has_library_base(info, ctx) -> bool:
    """Does the class derive from a MindSpore class other than ``nn.Cell`` itself (``nn.Dense``,
    ``nn.Adam``), whose ``__init__`` sets attributes we cannot see?"""
    for base, home in ancestor_bases(info, ctx.index, depth=8):
        qualified = home.names.qualname(base)
        if is_mindspore(qualified) and last(qualified) not in ("Cell", "GraphCell"):
            return True
    return False


@on(ast.Return)
def object_returned_from_graph(node: ast.Return, ctx):
    """MSG403: a user object returned from a graph entry point."""
    if not ctx.root or node.value is None:
        return
    if ctx.owner is not None and ctx.index.held_by_parent(ctx.owner.name):
        return  # a Cell a parent Cell calls: it returns to its parent, not to Python
    values = node.value.elts if isinstance(node.value, ast.Tuple) else [node.value]
    for value in values:
        v = ctx.val(value)
        if isinstance(value, ast.Call) and _built_from_data(value, ctx):
            continue  # `return Output(x)`: one hazard, reported once as MSG401 where it is built
        if v.tag == "instance" and v.init is not None and getattr(v.init, "_msgl_fallback_object", False):
            continue  # `ret = Return(x, ...)` ... `return ret`: the same hazard, reported where it is built
        if v.tag == "instance":
            # (a local object made here is blamed where it is made, at both levels: measured,
            # class_record_fields_none_return_record.py, protein_mutation_record_object.py)
            made = _made_here(value, ctx)
            if made is not None and ctx.level == "LAX" and not _fields_changed_in(value.id, ctx.fn):
                # its fields are set only by its own methods or by helpers (whose writes are
                # blamed there), or never: LAX hands the object back without falling back where it
                # is made (measured: class_ret_obj_method_init_only.py, class_ret_obj_method_append.py,
                # class_ret_obj_helper_fn_sets_field.py; a write here blames that line's make,
                # class_ret_obj_field_const.py)
                continue
            if made is not None and any(_unset_field_use(sub, ctx) is not None for sub in walk(ctx.fn)):
                return  # a method of it fails first (method_reads_unset_field): never returned
            # (at STRICT it fails when the graph returns, after the body compiled: a failure in the
            # body comes first and is the one reported, vsr_frame_buffer_helper_object.py)
            stage = "passes" if made is not None and ctx.level == "STRICT" else ""
            yield ctx.hit("MSG403", made or node, stage, cls=v.ref or ast.unparse(value), effect=level_effect(ctx))
            return


# Bases a custom operator may build on: they bring no evaluator of their own.
_CUSTOM_OP_BASES = {"Primitive", "PrimitiveWithInfer", "PrimitiveWithCheck", "Custom",
                    "MultitypeFuncGraph", "HyperMap", "Map", "GradOperation", "Partial"}


@on(ast.Call)
def primitive_subclass_called(node: ast.Call, ctx):
    """MSG405: calling an instance of a user subclass of a built-in operator class."""
    info = called_class(node, ctx)
    if info is None or info.kind not in ("other", "plain"):
        return  # Cells and jit_classes are not operators
    op = _builtin_operator_base(info, ctx)
    if op is not None and op != info.name:
        yield ctx.hit("MSG405", node, cls=info.name, op=op)


def called_class(node: ast.Call, ctx):
    """The user class whose instance this call calls: ``self.op(x)`` or ``Op()(x)``."""
    func = node.func
    if isinstance(func, ast.Call) and isinstance(func.func, ast.Name) and func.func.id not in ctx.env:
        return ctx.index.classes.get(func.func.id)
    if isinstance(func, ast.Attribute) and is_self_attr(func) and ctx.owner is not None:
        if func.attr not in ctx.owner.attrs and ctx.index.method(ctx.owner, func.attr) is not None:
            return None  # a method call
        attr = ctx.owner.attr(func.attr)
        if attr is None or attr.call is None:
            return None
        if attr.cls and "," not in attr.cls and "." not in attr.cls:
            home = ctx.owner.index or ctx.index
            return home.classes.get(attr.cls)
        if attr.kind == "unknown":
            definition = ctx.module.definition(attr.qualname or ctx.names.qualname(attr.call.func))
            if definition is not None and definition.kind == "class":
                return definition.info
    return None


def _builtin_operator_base(info, ctx, depth: int = 0):
    """The MindSpore operator class ``info`` derives from, through user classes, or None.

    None as well when the class names its Primitive itself (an ``__init__``
    call with a string), which gives MindSpore a name it knows.
    """
    home = info.index
    if home is None or depth > 8:
        return None
    found = _operator_base(info, ctx, home, depth)
    init = info.methods.get("__init__")
    if found is not None and init is not None and any(
            isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "__init__"
            and any(isinstance(a, ast.Constant) and isinstance(a.value, str)
                    for a in list(n.args) + [k.value for k in n.keywords])
            for n in walk(init)):
        return None
    return found


def _operator_base(info, ctx, home, depth):
    for base in info.node.bases:
        qualified = home.names.qualname(base)
        if qualified and qualified.startswith("mindspore.ops."):
            name = qualified.rsplit(".", 1)[-1]
            if name[:1].isupper() and name not in _CUSTOM_OP_BASES:
                return name
            continue
        parent = None
        if isinstance(base, ast.Name) and base.id in home.classes and base.id != info.name:
            parent = home.classes[base.id]
        elif qualified and home.project is not None:
            definition = ctx.module.definition(qualified)
            if definition is not None and definition.kind == "class":
                parent = definition.info
        if parent is not None:
            found = _builtin_operator_base(parent, ctx, depth + 1)
            if found is not None:
                return found
    return None


_GROW = ("append", "extend", "insert", "update", "setdefault")


def _stores_to(fn: ast.FunctionDef, name: str) -> bool:
    """Does ``fn`` assign ``self.<name>`` or an item of it?"""
    for n in walk(fn):
        targets = n.targets if isinstance(n, ast.Assign) else [n.target] if isinstance(n, ast.AugAssign) else []
        for t in targets:
            t = t.value if isinstance(t, ast.Subscript) else t
            if isinstance(t, ast.Attribute) and is_self_attr(t) and t.attr == name:
                return True
    return False


def _made_empty(init: ast.FunctionDef, name: str, dicts: bool) -> bool:
    """Does ``__init__`` bind ``self.<name>`` once, in its body, to an empty list (or, with
    ``dicts``, an empty dict)?"""
    inits = [stmt for stmt in init.body if isinstance(stmt, ast.Assign)
             and any(isinstance(t, ast.Attribute) and is_self_attr(t) and t.attr == name for t in stmt.targets)]
    if len(inits) != 1:
        return False
    value = inits[0].value
    return isinstance(value, ast.List) and not value.elts or dicts and isinstance(value, ast.Dict) and not value.keys


def _grown_only_in_graph(info, name: str) -> bool:
    """Is ``self.<name>`` an empty list or dict in ``__init__`` that only graph methods (construct and
    the methods it calls by ``self.m(...)``) grow, with ``append``/``update`` and the like?"""
    init = info.methods.get("__init__")
    construct = info.methods.get("construct")
    if init is None or construct is None:
        return False
    if not _made_empty(init, name, dicts=True):
        return False
    if any(_stores_to(fn, name) for m, fn in info.methods.items() if m != "__init__") \
            or any(isinstance(n, ast.Subscript) and isinstance(n.ctx, ast.Store) and is_self_attr(n.value)
                   and n.value.attr == name for n in walk(init)):
        return False  # rebound elsewhere, or filled item by item in __init__
    reached = {"construct"} | {n.func.attr for n in walk(construct) if isinstance(n, ast.Call)
                               and isinstance(n.func, ast.Attribute) and is_self_attr(n.func)}
    growers = {m for m, fn in info.methods.items() for n in walk(fn)
               if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in _GROW
               and isinstance(n.func.value, ast.Attribute) and is_self_attr(n.func.value)
               and n.func.value.attr == name}
    return bool(growers) and growers <= reached


_WHOLE_LIST_OPS = frozenset({"stack", "concat", "cat", "hstack", "vstack"})


@on(ast.Call)
def list_filled_in_graph_stacked(node: ast.Call, ctx):
    """MSG406: ``ops.stack(buf.states)`` of an object's (or a Cell's) list that only graph code
    appends to: it is empty when compiled, and the op fails ("len of input_x ... got 0")."""
    if not node.args or not isinstance(node.args[0], ast.Attribute):
        return
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    if name not in _WHOLE_LIST_OPS or not (ctx.qualname(func) or "").startswith("mindspore."):
        return
    target = node.args[0]
    info = None
    if is_self_attr(target) and ctx.owner is not None:
        info = ctx.owner
        if info.kind == "cell":
            if info.node.name in ctx.index.classes and _grown_only_in_graph(info, target.attr):
                yield ctx.hit("MSG406", target, "fails", target=ast.unparse(target), holder="a Cell")
            return
    elif is_self_attr(target.value) and ctx.owner is not None:
        # `ops.stack(self.history.buffer)`: a list of a plain object the Cell holds, filled only by
        # graph code (its `push()` called in construct, or appended there): still the empty list
        # `__init__` made when graph code is compiled (measured at both levels,
        # class_held_list_*.py, blind batch 211's spike history)
        held = ctx.owner.attr(target.value.attr)
        kept = ctx.index.classes.get(held.cls) if held is not None and held.kind == "instance" else None
        if kept is not None and kept.kind == "plain" \
                and _held_list_left_empty(ctx.owner, target.value.attr, kept, target.attr):
            yield ctx.hit("MSG406", target, "fails", target=ast.unparse(target),
                          holder=f"a `{kept.name}` object the Cell holds")
        return
    elif isinstance(target.value, ast.Name):
        value = ctx.val(target.value)
        if value.tag in ("instance", "jit_instance"):
            info = ctx.index.classes.get(value.ref)
    if info is None or info.kind not in ("plain", "jit_class") or info.name not in ctx.index.classes:
        return
    if _object_list_grown_only_in_graph(info, target.attr, ctx.index):
        yield ctx.hit("MSG406", target, "fails", target=ast.unparse(target), holder=f"a `{info.name}` object")


def _object_list_grown_only_in_graph(info, name: str, index) -> bool:
    """Is ``self.<name>`` of a plain or @jit_class object an empty list in its ``__init__`` that its
    methods only append to, the object being created in graph code alone (``buf =
    TrajectoryBuffer()`` in construct: measured, blind batches 137 and 138)?"""
    init = info.methods.get("__init__")
    if init is None:
        return False
    if not _made_empty(init, name, dicts=False):
        return False
    if any(isinstance(t, ast.Attribute) and is_self_attr(t) and t.attr == name
           for m, fn in info.methods.items() if m != "__init__" for n in walk(fn)
           for t in (n.targets if isinstance(n, ast.Assign) else [n.target] if isinstance(n, ast.AugAssign) else [])):
        return False  # rebound (an item stored, `self.items[i] = x`, still leaves it empty: measured)
    growers = [n for fn in info.methods.values() for n in walk(fn)
               if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in _GROW
               and isinstance(n.func.value, ast.Attribute) and is_self_attr(n.func.value) and n.func.value.attr == name]
    return bool(growers) and _created_only_in_graph(info, index)


def _held_list_left_empty(cell, holder: str, kept, name: str) -> bool:
    """Is ``self.<holder>.<name>`` a list ``kept``'s ``__init__`` makes empty, which no method of
    ``kept`` rebinds and which the Cell's Python side (its ``__init__``) never fills?"""
    init = kept.methods.get("__init__")
    if init is None or not _made_empty(init, name, dicts=False):
        return False
    if any(isinstance(t, ast.Attribute) and is_self_attr(t) and t.attr == name
           for m, fn in kept.methods.items() if m != "__init__" for n in walk(fn)
           for t in (n.targets if isinstance(n, ast.Assign) else [n.target] if isinstance(n, ast.AugAssign) else [])):
        return False
    cell_init = cell.methods.get("__init__")
    for n in walk(cell_init) if cell_init is not None else ():
        # `self.history.push(x)` or `self.history.buffer.append(x)` while the Cell is built: filled
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute):
            inner = n.func.value
            if is_self_attr(inner) and inner.attr == holder or isinstance(inner, ast.Attribute) \
                    and is_self_attr(inner.value) and inner.value.attr == holder:
                return False
    return True


def _created_only_in_graph(info, index) -> bool:
    """Is every call building the class in this module inside a ``construct`` (and is there one)?"""
    calls = index._instantiations().get(info.name, [])
    if not calls:
        return False
    functions = [fn for fn in walk(index.tree) if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef))]
    for call in calls:
        line = getattr(call, "_msgl_line", None)
        if line is None:
            return False
        around = [fn for fn in functions if fn.lineno <= line <= (fn.end_lineno or fn.lineno)]
        if not around or max(around, key=lambda fn: fn.lineno).name != "construct":
            return False
    return True


@on(ast.Subscript)
def list_filled_in_graph_read(node: ast.Subscript, ctx):
    """MSG406: an item read from a Cell's list or dict that only graph code fills: it is empty when compiled."""
    owner = ctx.owner
    if not (isinstance(node.ctx, ast.Load) and is_self_attr(node.value) and owner is not None
            and owner.kind == "cell" and owner.node.name in ctx.index.classes):
        return
    if _grown_only_in_graph(owner, node.value.attr):
        yield ctx.hit("MSG406", node, target=ast.unparse(node.value), holder="a Cell")


@on(ast.BinOp)
def division_by_counted_field(node: ast.BinOp, ctx):
    """MSG402: at LAX, ``stats.total / stats.count`` with ``stats`` a plain object made in this
    function, whose ``__init__`` sets ``count`` to 0 and whose method called on it here steps it
    (``self.count += 1``): the method's writes run in the interpreter, graph mode reads the field
    as ``__init__`` left it, and dividing by that 0 fails to compile ("The divisor could not be
    zero"; measured, blind batch 277's delta-E accumulator, plainobj_method_counts_*.py: from 1,
    or multiplied, the lines of the method are dynamic instead). The same for a ``@jit_class``
    object made here from constants (blind batch 332's PINN loss tracker,
    fewshot_jit_class_episode_stats.py; made from a Tensor, the interpreter holds it and the
    method's lines are dynamic: beekeeping_varroa_counter_jitclass.py). STRICT refuses the
    method's call first."""
    if ctx.level != "LAX" or ctx.only_codes is not None or not _division(node):
        return
    right = node.right
    if not (isinstance(right, ast.Attribute) and isinstance(right.value, ast.Name)):
        return
    made = _made_here(right.value, ctx, jit_class=True)
    stepped = _stepped_zero_field(right.value.id, right.attr, made, node.lineno, ctx) if made is not None else None
    if stepped is not None:
        yield _divided_by_zero_field(node, right.value.id, right.attr, *stepped, ctx)


@on(ast.Call)
def method_divides_by_counted_field(node: ast.Call, ctx):
    """MSG402: the same division in a method of the object (``log.mean()`` returning
    ``self.total / self.count``), blamed where that method divides (measured: blind batch 283's
    split logger, plainobj_mean_method_*.py)."""
    if ctx.level != "LAX" or ctx.only_codes is not None:
        return
    called = _method_of_made(node, ctx, jit_class=True)
    if called is None:
        return
    made, _info, method, me = called
    name = node.func.value.id
    for sub in walk(method):
        right = getattr(sub, "right", None)
        if isinstance(sub, ast.BinOp) and _division(sub) and isinstance(right, ast.Attribute) \
                and isinstance(right.value, ast.Name) and right.value.id == me:
            stepped = _stepped_zero_field(name, right.attr, made, node.lineno, ctx)
            if stepped is not None:
                yield _divided_by_zero_field(sub, name, right.attr, *stepped, ctx)
                return


def _division(node: ast.BinOp) -> bool:
    return isinstance(node.op, (ast.Div, ast.FloorDiv, ast.Mod))


def _stepped_zero_field(name: str, field: str, made: ast.Call, before: int, ctx):
    """(class name, method, line) when ``__init__`` of the object ``made`` (bound to ``name``) sets
    ``field`` to 0 and a method of it called on ``name`` after ``made`` and by line ``before``
    writes that field; else None."""
    info = ctx.index.classes.get(made.func.id)
    attr = info.attr(field)
    start = attr.init_known if attr is not None else None  # (what `__init__` sets; `known` is None once a method writes it)
    if start is None or len(start) != 1 or type(start[0]) not in (int, float) or start[0] != 0:
        return None
    for sub in walk(ctx.fn):
        if not (isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) and isinstance(sub.func.value, ast.Name)
                and sub.func.value.id == name and made.lineno < sub.lineno <= before):
            continue
        method = info.methods.get(sub.func.attr)
        if method is None or not method.args.args:
            continue
        me = method.args.args[0].arg
        if any(isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == me
               and t.attr == field
               for w in walk(method) if isinstance(w, (ast.Assign, ast.AugAssign))
               for t in (w.targets if isinstance(w, ast.Assign) else [w.target])):
            return info.name, sub.func.attr, sub.lineno
    return None


def _divided_by_zero_field(node: ast.BinOp, name: str, field: str, cls: str, method: str, line: int, ctx):
    return ctx.hit("MSG402", node, "fails", target=f"{name}.{field}", effect=(
        f"`{cls}.{method}` (line {line}) steps it in the interpreter, graph mode reads it as `__init__` left "
        "it (0), and dividing by it fails to compile at LAX (\"the divisor could not be zero\"); STRICT "
        "refuses the method's call first"))
