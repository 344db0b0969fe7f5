"""The fast tree walks yield what the standard library's would, in the same order."""
import ast
import textwrap

from msgraph_lint.astwalk import parent_map, walk
from msgraph_lint.scopes import _walk_statements

SOURCE = textwrap.dedent('''
    import os, sys as system
    from .pkg import name as alias
    global_value: int = 3

    @decorator(arg=1)
    class Net(Base, metaclass=Meta):
        attr = [x for x in range(3) if x]

        async def method(self, x, *args, key=None, **kw):
            global other
            async with lock as held, other_lock:
                pass
            async for item in stream:
                yield item
            try:
                value = {k: v for k, v in kw.items()}
            except (ValueError, TypeError) as exc:
                raise RuntimeError(f"{exc!r:>10}") from exc
            else:
                del value[0], self.attr
            finally:
                x += 1
            while x > 0 and not args:
                x -= 1
            else:
                lam = lambda a, b=2: a if b else -a
            match x:
                case [1, *rest] if rest:
                    return rest
                case {"k": v, **others}:
                    return others
                case Point(x=0) | None as found:
                    return found
            return (yield from gen), x[1:2, ...], {*args}, await thing
''')


def test_walk_is_ast_walk_without_contexts():
    tree = ast.parse(SOURCE)
    expected = [n for n in ast.walk(tree) if not isinstance(n, ast.expr_context)]
    found = list(walk(tree))
    assert len(found) == len(expected)
    assert all(a is b for a, b in zip(found, expected))
    assert not any(isinstance(n, ast.expr_context) for n in found)


def test_parent_map_names_each_node_holder_and_is_kept():
    tree = ast.parse(SOURCE)
    fn = next(n for n in ast.walk(tree) if isinstance(n, ast.AsyncFunctionDef))
    parents = parent_map(fn)
    expected = {id(child): node for node in ast.walk(fn)
                for child in ast.iter_child_nodes(node) if not isinstance(child, ast.expr_context)}
    assert len(expected) > 50 and all(parents[key] is holder for key, holder in expected.items())
    assert id(fn) not in parents  # the root has no holder in the map
    assert parent_map(fn) is parents  # built once, kept on the function


def test_walk_of_a_leaf():
    name = ast.parse("x").body[0].value
    assert list(walk(name)) == [name]
    assert list(walk(name.ctx)) == [name.ctx]


def _statements_the_slow_way(body, prefix=""):
    for stmt in body:
        yield stmt, prefix
        if isinstance(stmt, ast.ClassDef):
            yield from _statements_the_slow_way(stmt.body, f"{prefix}{stmt.name}.")
        elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield from _statements_the_slow_way(stmt.body, f"{prefix}{stmt.name}.<locals>.")
        else:
            for field in ("body", "orelse", "finalbody"):
                block = getattr(stmt, field, None)
                if isinstance(block, list):
                    yield from _statements_the_slow_way([s for s in block if isinstance(s, ast.stmt)], prefix)
            for clause in list(getattr(stmt, "handlers", ()) or ()) + list(getattr(stmt, "cases", ()) or ()):
                yield from _statements_the_slow_way(clause.body, prefix)


def test_walk_statements_prefixes_and_parents_first():
    tree = ast.parse(SOURCE)
    expected = list(_statements_the_slow_way(tree.body))
    found = list(_walk_statements(tree.body))
    assert sorted((id(s), p) for s, p in found) == sorted((id(s), p) for s, p in expected)
    assert len(found) == len(expected)
    position = {id(s): i for i, (s, _) in enumerate(found)}
    for stmt, _ in found:  # a statement comes after the one whose block holds it
        for field in ("body", "orelse", "finalbody", "handlers", "cases"):
            for child in getattr(stmt, field, None) or ():
                for inner in getattr(child, "body", None) if field in ("handlers", "cases") else [child]:
                    assert position[id(inner)] > position[id(stmt)]
    assert "Net.method.<locals>." in {p for _, p in found}
