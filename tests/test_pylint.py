"""The pylint plugin reports exactly what the CLI reports, at the same positions."""
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from helpers import ROOT, fixture_tree, run_cli
from msgraph_lint import catalog

pytest.importorskip("pylint")

from msgraph_lint import pylint_plugin  # noqa: E402  (needs pylint)

PLUGIN = "--load-plugins=msgraph_lint.pylint_plugin"
CODE_BY_SYMBOL = {pylint_plugin.symbol_for(rule): code for code, rule in catalog.load_rules().items()}
PREVIEW = [pylint_plugin.symbol_for(rule) for rule in catalog.load_rules().values() if rule.preview]


def _pylint(*args, cwd):
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("PYLINTRC", None)
    return subprocess.run([sys.executable, "-m", "pylint", "--persistent=n", PLUGIN, *map(str, args)],
                          cwd=cwd, capture_output=True, text=True, env=env, timeout=600)


def _json2(proc):
    assert not proc.returncode & 32, proc.stderr  # 32: usage error
    return json.loads(proc.stdout)["messages"]


def _ours(messages):
    return [m for m in messages if m["symbol"] in CODE_BY_SYMBOL]


_fixture_tree = fixture_tree


@pytest.fixture(scope="module", params=["LAX", "STRICT"])
def both_runs(request, tmp_path_factory):
    """One CLI run and one pylint run over the whole fixture tree, per syntax level."""
    level = request.param
    tree = _fixture_tree(tmp_path_factory.mktemp(level.lower()))
    cli = run_cli("--format", "json", "--jit-syntax-level", level, ".", cwd=tree)
    assert cli.returncode in (0, 1), cli.stderr
    # pylint reports unparsable files itself (syntax-error) and never calls plugins on them.
    findings = [f for f in json.loads(cli.stdout)["findings"] if not f["code"].startswith("MSG9")]
    files = sorted(p.name for p in tree.glob("*.py"))
    proc = _pylint("--disable=all", "--enable=" + ",".join(["msgraph-lint", *PREVIEW]),
                   "--msgraph-jit-syntax-level", level, "--output-format=json2", *files, cwd=tree)
    messages = _json2(proc)
    crashes = [m for m in messages if m["symbol"] in ("astroid-error", "fatal")]
    assert not crashes, crashes
    return findings, _ours(messages)


def test_pylint_matches_cli_on_every_fixture(both_runs):
    findings, messages = both_runs
    expected = sorted((Path(f["path"]).name, f["line"], f["code"]) for f in findings)
    got = sorted((Path(m["path"]).name, m["line"], CODE_BY_SYMBOL[m["symbol"]]) for m in messages)
    assert got == expected
    assert len(expected) > 40
    # msgid = severity letter + "5" + the code's last three digits
    for m in messages:
        code = CODE_BY_SYMBOL[m["symbol"]]
        assert m["messageId"][1:] == "5" + code[3:]
        assert m["messageId"][0] == {"error": "E", "warning": "W", "note": "C"}[catalog.get(code).severity]


def test_pylint_positions_match_cli_json(both_runs):
    findings, messages = both_runs
    # pylint's columns are 0-based, ours 1-based; lines are 1-based in both.
    expected = sorted((Path(f["path"]).name, f["line"], f["col"] - 1, f["end_line"],
                       None if f["end_col"] is None else f["end_col"] - 1, f["code"], f["message"])
                      for f in findings)
    got = sorted((Path(m["path"]).name, m["line"], m["column"], m["endLine"], m["endColumn"],
                  CODE_BY_SYMBOL[m["symbol"]], m["message"]) for m in messages)
    assert got == expected


SLICE = textwrap.dedent('''
    import random
    from mindspore import nn
    class N(nn.Cell):
        def construct(self, x, k):
            a = x[:k]  # pylint: disable=data-dependent-slice
            b = x[:k]  # noqa: MSG101
            return a + b + x[:k] * random.random()
''')


def test_pylint_disable_comment_silences_a_line_and_noqa_does_not(tmp_path):
    (tmp_path / "n.py").write_text(SLICE)
    messages = _ours(_json2(_pylint("--disable=all", "--enable=msgraph-lint", "--output-format=json2",
                                    "n.py", cwd=tmp_path)))
    slices = sorted(m["line"] for m in messages if m["symbol"] == "data-dependent-slice")
    assert slices == [7, 8]  # line 6 disabled; flake8's noqa means nothing to pylint


def _enabled_symbols(*args):
    """The plugin's messages that ``--list-msgs-enabled`` lists as enabled (no linting involved)."""
    proc = _pylint(*args, "--list-msgs-enabled", cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    enabled = proc.stdout.split("Disabled messages:")[0]
    return {line.split()[0] for line in enabled.splitlines()[1:] if line.strip()} & set(CODE_BY_SYMBOL)


def test_pylint_preview_rules_are_off_by_default_and_the_checker_name_switches_all():
    stable = {symbol for symbol in CODE_BY_SYMBOL if symbol not in PREVIEW}
    assert PREVIEW and _enabled_symbols() == stable
    assert _enabled_symbols("--enable=" + PREVIEW[0]) == stable | {PREVIEW[0]}
    assert _enabled_symbols("--disable=msgraph-lint") == set()
    assert _enabled_symbols("--disable=all", "--enable=msgraph-lint") == set(CODE_BY_SYMBOL)


def test_pylint_reports_an_enabled_preview_rule(tmp_path):
    (tmp_path / "n.py").write_text(SLICE)
    messages = _ours(_json2(_pylint("--disable=all", "--enable=data-dependent-slice,random-frozen-at-compile",
                                    "--output-format=json2", "n.py", cwd=tmp_path)))
    assert {m["symbol"] for m in messages} == {"data-dependent-slice", "random-frozen-at-compile"}


def test_pylint_from_stdin_uses_the_named_path_and_its_configuration(tmp_path):
    """Editors lint unsaved buffers with ``--from-stdin <path>``; the table next to that path applies."""
    (tmp_path / "pyproject.toml").write_text('[tool.msgraph-lint]\njit-syntax-level = "STRICT"\n')
    source = textwrap.dedent('''
        from mindspore import nn
        class N(nn.Cell):
            def construct(self, x):
                return x.asnumpy()
    ''')
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    proc = subprocess.run([sys.executable, "-m", "pylint", "--persistent=n", PLUGIN, "--disable=all",
                           "--enable=msgraph-lint", "--output-format=json2", "--from-stdin",
                           str(tmp_path / "unsaved.py")],
                          cwd=ROOT, input=source, capture_output=True, text=True, env=env, timeout=300)
    messages = _ours(_json2(proc))
    assert [(m["symbol"], m["line"], m["column"]) for m in messages] == [("tensor-to-host", 5, 15)]
    assert "fails to compile at STRICT" in messages[0]["message"]


def test_pylint_list_msgs_and_help_msg():
    listed = _pylint("--list-msgs", cwd=ROOT)
    assert listed.returncode == 0, listed.stderr
    assert ":data-dependent-slice (W5101):" in listed.stdout
    assert ":unsupported-statement (E5508):" in listed.stdout
    assert ":msgraph-syntax-error (E5901):" in listed.stdout
    helped = _pylint("--help-msg=data-dependent-slice", cwd=ROOT)
    assert helped.returncode == 0, helped.stderr
    text = " ".join(helped.stdout.split())
    rule = catalog.get("MSG101")
    assert rule.name in text
    assert " ".join(rule.rationale.split())[:60] in text


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_pylint_bad_config_exits_2_with_one_line(tmp_path, jobs):
    (tmp_path / "pyproject.toml").write_text("[tool.msgraph-lint]\nbogus = 1\n")
    (tmp_path / "a.py").write_text("import mindspore\n")
    proc = _pylint("-j", jobs, "--disable=all", "--enable=msgraph-lint", "a.py", cwd=tmp_path)
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "unknown key 'bogus'" in lines[0], proc.stderr


def test_pylint_bad_option_exits_2(tmp_path):
    (tmp_path / "a.py").write_text("import mindspore\n")
    proc = _pylint("--disable=all", "--enable=msgraph-lint", "--msgraph-device=TPU", "a.py", cwd=tmp_path)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "'TPU'" in lines[0], proc.stderr


def test_pylint_never_imports_the_code_it_checks(tmp_path):
    sentinel = tmp_path / "imported.txt"
    (tmp_path / "side.py").write_text(textwrap.dedent(f'''
        import mindspore
        from mindspore import nn
        open({str(sentinel)!r}, "w").write("imported")
        class Side(nn.Cell):
            def construct(self, x, k):
                return x[:k]
    '''))
    (tmp_path / "user.py").write_text("import side\nfrom side import Side\nprint(Side, side.mindspore)\n")
    proc = _pylint("--enable=msgraph-lint", "--output-format=json2", "side.py", "user.py", cwd=tmp_path)
    assert "data-dependent-slice" in {m["symbol"] for m in _json2(proc)}
    assert not sentinel.exists()


def test_register_is_cheap():
    """Registering the plugin builds the messages from the catalog but imports no engine code."""
    code = textwrap.dedent('''
        import sys
        from pylint.lint import PyLinter
        from msgraph_lint import pylint_plugin
        linter = PyLinter()
        pylint_plugin.register(linter)
        heavy = sorted(m for m in sys.modules
                       if m.startswith("msgraph_lint.") and m.split(".")[1] in
                       ("engine", "checks", "values", "scopes", "names", "ops"))
        print(heavy)
    ''')
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
