"""One behaviour under every front end: noqa, nested configuration, preview opt-in, stdin, errors.

The CLI, the flake8 plugin and the pylint plugin read the same
``[tool.msgraph-lint]`` table per file, select the same rules, and turn a bad
table into one line and exit 2.
"""
import os
import re
import subprocess
import sys
import textwrap

import pytest

from helpers import ROOT, run_cli

HAZARDS = textwrap.dedent('''
    from mindspore import nn, ops


    class Net(nn.Cell):
        def construct(self, x, k):
            a = x[:k]
            b = ops.masked_select(x, x > 0)
            c = ops.unique(x)
            d = x[x > 0]
            return a, b, c, d
''').lstrip()
PREVIEW = textwrap.dedent('''
    import numpy as np
    from mindspore import nn


    class R(nn.Cell):
        def construct(self, x):
            return x * np.random.rand()
''').lstrip()


def _env():
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("PYLINTRC", None)
    return env


def flake8(*args, cwd, stdin=None):
    pytest.importorskip("flake8")
    return subprocess.run([sys.executable, "-m", "flake8", "--select=MSG", "--format=%(path)s:%(row)d:%(code)s",
                           *map(str, args)], cwd=cwd, input=stdin, capture_output=True, text=True, env=_env(),
                          timeout=300)


def pylint(*args, cwd):
    pytest.importorskip("pylint")
    return subprocess.run([sys.executable, "-m", "pylint", "--persistent=n", "--score=n",
                           "--load-plugins=msgraph_lint.pylint_plugin", "--disable=all",
                           "--msg-template={path}:{line}:{msg_id}", *map(str, args)],
                          cwd=cwd, capture_output=True, text=True, env=_env(), timeout=300)


def cli(*args, cwd, stdin=None):
    if stdin is None:
        return run_cli("--quiet", *args, cwd=cwd)
    env = _env()
    return subprocess.run([sys.executable, "-m", "msgraph_lint", "--quiet", *map(str, args)], cwd=cwd,
                          input=stdin, capture_output=True, text=True, env=env, timeout=300)


ROW = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?:\d+: )?(?P<code>MSG\d+|[CWE]5\d{3})\b")


def codes(proc):
    """(path, line, code) of each finding, whichever front end printed it (pylint ids mapped back)."""
    out = set()
    for row in proc.stdout.splitlines():
        match = ROW.match(row)
        if match:
            code = match["code"]
            out.add((match["path"], int(match["line"]), code if code.startswith("MSG") else "MSG" + code[2:]))
    return out


# ----------------------------------------------------------------------------- noqa

NOQA_FORMS = [
    # (comment on the slice line `a = x[:k]` (line 6), is MSG101 there silenced?)
    ("# noqa", True),
    ("# NOQA", True),
    ("# noqa: MSG101", True),
    ("# noqa:MSG101", True),
    ("# noqa: MSG1", True),            # prefix, as in flake8
    ("# noqa: MSG102", False),         # another code: not a blanket noqa
    ("# noqa: E501,MSG101", True),
    ("# noqa:MSG101,E501", True),
    ("# noqa: E501 MSG101", True),
    ("# noqa: E501, W291", False),
    ("# NoQA: MSG101", True),
    ("# NoQA: msg101", False),         # flake8 compares codes as written; not a blanket noqa either
    ("# noqa: msg101", False),
    ("#noqa", False),                  # flake8 needs '# noqa'
    ("# noqa : MSG102", True),         # not a code list: a blanket noqa, as flake8 reads it
]


@pytest.mark.parametrize("comment,silenced", NOQA_FORMS)
def test_noqa_forms_read_as_flake8_reads_them(tmp_path, comment, silenced):
    (tmp_path / "m.py").write_text(HAZARDS.replace("a = x[:k]", f"a = x[:k]  {comment}"))
    expected = {("m.py", 6, "MSG101"), ("m.py", 7, "MSG103"), ("m.py", 8, "MSG103"), ("m.py", 9, "MSG102")}
    if silenced:
        expected.discard(("m.py", 6, "MSG101"))
    if comment in ("# noqa", "# NOQA", "# noqa : MSG102"):
        expected = {e for e in expected if e[1] != 6}
    got = codes(cli("m.py", cwd=tmp_path))
    assert got == expected
    assert codes(flake8("m.py", cwd=tmp_path)) == expected


def test_noqa_after_a_multiline_string_covers_its_lines_as_in_flake8(tmp_path):
    (tmp_path / "m.py").write_text(textwrap.dedent('''
        from mindspore import nn


        class Net(nn.Cell):
            def construct(self, x, k):  # noqa: MSG519 (the string's lines at column 0)
                s = f"""{
        x[:k]}
        """  # noqa: MSG101
                return s
    ''').lstrip())
    assert codes(cli("m.py", cwd=tmp_path)) == set() == codes(flake8("m.py", cwd=tmp_path))


def test_file_level_flake8_noqa_skips_the_file(tmp_path):
    (tmp_path / "m.py").write_text("# flake8: noqa\n" + HAZARDS)
    proc = cli("m.py", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stdout == ""


# ----------------------------------------------------------- configuration per file


@pytest.fixture
def nested(tmp_path):
    """m.py at the top (no table), sub/m.py under a table that ignores MSG1."""
    (tmp_path / "m.py").write_text(HAZARDS)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "m.py").write_text(HAZARDS)
    (tmp_path / "sub" / "pyproject.toml").write_text('[tool.msgraph-lint]\nignore = ["MSG1"]\n')
    return tmp_path


def test_nearest_table_applies_per_file_whatever_the_order(nested):
    first = cli("m.py", "sub/m.py", cwd=nested)
    second = cli("sub/m.py", "m.py", cwd=nested)
    assert first.stdout == second.stdout
    assert {path for path, _, _ in codes(first)} == {"m.py"}
    assert len(codes(first)) == 4
    assert codes(cli(".", cwd=nested)) == codes(first)
    # the same from inside the folder
    assert cli("m.py", cwd=nested / "sub").stdout == ""


def test_pyproject_without_the_table_is_passed_over(nested):
    (nested / "sub" / "inner").mkdir()
    (nested / "sub" / "inner" / "pyproject.toml").write_text("[project]\nname = 'inner'\n")
    (nested / "sub" / "inner" / "m.py").write_text(HAZARDS)
    assert codes(cli("sub/inner/m.py", cwd=nested)) == set()


def test_command_line_overrides_each_files_table(nested):
    (nested / "sub" / "pyproject.toml").write_text('[tool.msgraph-lint]\nselect = ["MSG102"]\n')
    assert {c for _, _, c in codes(cli("sub/m.py", cwd=nested))} == {"MSG102"}
    assert {c for _, _, c in codes(cli("--select", "MSG103", "sub/m.py", cwd=nested))} == {"MSG103"}
    isolated = codes(cli("--isolated", "sub/m.py", cwd=nested))
    top = codes(cli("m.py", cwd=nested))
    assert {(line, code) for _, line, code in isolated} == {(line, code) for _, line, code in top}
    assert len(isolated) == 4


def test_plugins_apply_the_tables_selection_per_file(nested):
    (nested / "pyproject.toml").write_text(textwrap.dedent('''
        [tool.msgraph-lint]
        ignore = ["MSG102"]
        per-file-ignores = { "other.py" = ["MSG103"] }
    '''))
    (nested / "other.py").write_text(HAZARDS)
    expected = codes(cli("m.py", "other.py", "sub/m.py", cwd=nested))
    assert expected == {("m.py", 6, "MSG101"), ("m.py", 7, "MSG103"), ("m.py", 8, "MSG103"),
                        ("other.py", 6, "MSG101")}
    assert codes(flake8("m.py", "other.py", "sub/m.py", cwd=nested)) == expected
    assert codes(pylint("--enable=msgraph-lint", "m.py", "other.py", "sub/m.py", cwd=nested)) == expected


@pytest.mark.parametrize("table,needle", [
    ('bogus = 1', "unknown key 'bogus'"),
    ('select = ["MSG999"]', "'MSG999'"),
    ('ignore = ["MSG7"]', "'MSG7'"),
    ('per-file-ignores = { "x.py" = ["MSG1000"] }', "'MSG1000'"),
    ('select = []', "select"),
    ('preview = "yes"', "preview"),
    ('extend-exclude = 3', "extend-exclude"),
])
def test_a_bad_nested_table_is_one_line_naming_the_file_and_exit_2_everywhere(nested, table, needle):
    (nested / "sub" / "pyproject.toml").write_text(f"[tool.msgraph-lint]\n{table}\n")
    where = str(nested / "sub" / "pyproject.toml")
    runs = [cli("sub/m.py", cwd=nested), cli("m.py", "sub/m.py", cwd=nested), cli(".", cwd=nested),
            flake8("sub/m.py", cwd=nested), flake8(".", cwd=nested)]
    if table.startswith("bogus"):
        runs.append(pylint("--enable=msgraph-lint", "sub/m.py", cwd=nested))
        runs.append(pylint("--enable=msgraph-lint", "m.py", "sub/m.py", cwd=nested))
        runs.append(pylint("-j", "2", "--enable=msgraph-lint", ".", cwd=nested))
    for proc in runs:
        assert "MSG" not in proc.stdout and "W5" not in proc.stdout, (proc.args, proc.stdout)  # no report
        assert proc.returncode == 2, (proc.args, proc.stdout, proc.stderr)
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and needle in lines[0] and where in lines[0], (proc.args, proc.stderr)


@pytest.mark.parametrize("args", [["--select", "MSG999"], ["--select", ""], ["--ignore", "MSG7"],
                                  ["--extend-select", "MSG5081"], ["--select", "msg101"]])
def test_unknown_codes_on_the_command_line_are_usage_errors(nested, args):
    proc = cli(*args, "m.py", cwd=nested)
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert "Traceback" not in proc.stderr


# ------------------------------------------------------------------ preview opt-in


@pytest.fixture
def preview(tmp_path):
    (tmp_path / "r.py").write_text(PREVIEW)
    return tmp_path


def _has_507(proc):
    return any(code == "MSG507" for _, _, code in codes(proc))


def test_preview_rules_are_opt_in_in_the_cli(preview):
    assert not _has_507(cli("r.py", cwd=preview))
    assert not _has_507(cli("--select", "MSG", "r.py", cwd=preview))
    assert not _has_507(cli("--select", "MSG5", "r.py", cwd=preview))
    assert _has_507(cli("--preview", "r.py", cwd=preview))
    assert _has_507(cli("--select", "MSG507", "r.py", cwd=preview))
    assert _has_507(cli("--extend-select", "MSG507", "r.py", cwd=preview))
    (preview / "pyproject.toml").write_text("[tool.msgraph-lint]\npreview = true\n")
    assert _has_507(cli("r.py", cwd=preview))


def test_preview_rules_are_opt_in_under_flake8(preview):
    assert not _has_507(flake8("r.py", cwd=preview))
    assert not _has_507(flake8("--select=MSG5", "r.py", cwd=preview))
    assert _has_507(flake8("--select=MSG507", "r.py", cwd=preview))
    assert _has_507(flake8("--extend-select=MSG507", "r.py", cwd=preview))
    assert _has_507(flake8("--msgraph-preview", "r.py", cwd=preview))
    (preview / "pyproject.toml").write_text('[tool.msgraph-lint]\nextend-select = ["MSG507"]\n')
    assert _has_507(flake8("r.py", cwd=preview))
    (preview / "pyproject.toml").write_text("[tool.msgraph-lint]\npreview = true\n")
    assert _has_507(flake8("r.py", cwd=preview))


def test_preview_rules_are_opt_in_under_pylint(preview):
    assert not _has_507(pylint("--enable=msgraph-lint", "r.py", cwd=preview))
    assert _has_507(pylint("--enable=random-frozen-at-compile", "r.py", cwd=preview))
    assert _has_507(pylint("--enable=W5507", "r.py", cwd=preview))
    assert _has_507(pylint("--enable=msgraph-lint", "--msgraph-preview=y", "r.py", cwd=preview))
    (preview / "pyproject.toml").write_text("[tool.msgraph-lint]\npreview = true\n")
    assert _has_507(pylint("--enable=msgraph-lint", "r.py", cwd=preview))


# --------------------------------------------------------------------------- stdin


def test_stdin_takes_the_configuration_and_name_of_stdin_filename(nested):
    top = cli("-", "--stdin-filename", "m.py", cwd=nested, stdin=HAZARDS)
    assert top.returncode == 1 and top.stdout.startswith("m.py:6:13: MSG101")
    assert len(top.stdout.splitlines()) == 4
    sub = cli("-", "--stdin-filename", "sub/m.py", cwd=nested, stdin=HAZARDS)
    assert sub.returncode == 0 and sub.stdout == ""
    (nested / "sub" / "pyproject.toml").write_text(
        '[tool.msgraph-lint]\nper-file-ignores = { "m.py" = ["MSG103"] }\n')
    sub = cli("-", "--stdin-filename", "sub/m.py", cwd=nested, stdin=HAZARDS)
    assert {c for _, _, c in codes(sub)} == {"MSG101", "MSG102"}
    assert cli("-", cwd=nested, stdin=HAZARDS).stdout.startswith("-:6:13: MSG101")
    assert codes(flake8("-", "--stdin-display-name", "sub/m.py", cwd=nested, stdin=HAZARDS)) == codes(sub)


def test_stdin_filename_without_dash_is_a_usage_error_unless_there_are_no_paths(nested):
    proc = cli("--stdin-filename", "x.py", "m.py", cwd=nested)
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1
    alone = cli("--stdin-filename", "x.py", cwd=nested, stdin=HAZARDS)
    assert alone.returncode == 1 and alone.stdout.startswith("x.py:6:13: MSG101")


# ---------------------------------------------------------------- --force-exclude


def test_force_exclude_applies_excludes_to_named_files(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.msgraph-lint]\nextend-exclude = ["vendor", "gen_*.py"]\n')
    (tmp_path / "vendor" / "deep").mkdir(parents=True)
    for name in ("vendor/deep/v.py", "gen_a.py", "m.py"):
        (tmp_path / name).write_text(HAZARDS)
    named = ["vendor/deep/v.py", "gen_a.py", "m.py"]
    assert {p for p, _, _ in codes(cli(*named, cwd=tmp_path))} == set(named)
    assert {p for p, _, _ in codes(cli("--force-exclude", *named, cwd=tmp_path))} == {"m.py"}
    assert cli("--force-exclude", "vendor", cwd=tmp_path).stdout == ""
    assert cli("--force-exclude", "-", "--stdin-filename", "vendor/deep/v.py", cwd=tmp_path,
               stdin=HAZARDS).stdout == ""
    (tmp_path / "pyproject.toml").write_text('[tool.msgraph-lint]\nextend-exclude = ["vendor"]\nforce-exclude = true\n')
    assert cli("vendor/deep/v.py", cwd=tmp_path).returncode == 0


# ---------------------------------------------------------------- errors and pipes


def test_missing_output_folder_is_one_line_and_exit_2(nested):
    proc = cli("-o", "/missing/dir/out.txt", "m.py", cwd=nested)
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert "/missing/dir" in proc.stderr and "Traceback" not in proc.stderr


def test_output_file_that_cannot_be_written_is_one_line_and_exit_2(nested):
    (nested / "out.txt").mkdir()
    proc = cli("-o", "out.txt", "m.py", cwd=nested)
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr


@pytest.mark.parametrize("args", [["rules"], ["--explain", "MSG101"], ["--format", "json", "."], ["."]])
def test_a_closed_pipe_ends_quietly_with_status_0(nested, args):
    # The reader is gone before the first write (a pipe may buffer a whole report, so
    # closing after a first line would not make a write fail everywhere).
    proc = subprocess.Popen([sys.executable, "-m", "msgraph_lint", *args], cwd=nested,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env())
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=300)
    assert err == "" and proc.returncode == 0, (proc.returncode, err)


def test_piping_into_head_prints_no_traceback(nested):
    shell = subprocess.run(f"{sys.executable} -m msgraph_lint rules | head -2", shell=True,
                           cwd=nested, capture_output=True, text=True, env=_env(), timeout=300)
    assert len(shell.stdout.splitlines()) == 2 and shell.stderr == "", shell.stderr


# -------------------------------------------------------------- statistics, exit-zero


def test_statistics_and_exit_zero(nested):
    proc = cli("--statistics", "m.py", cwd=nested)
    assert proc.returncode == 1
    assert proc.stdout.splitlines()[-3:] == [
        "1     MSG101 slice bound `k` is tensor data: the result has a data-dependent shape",
        "1     MSG102 indexing with the boolean mask `x > 0` selects a data-dependent number of elements",
        "2     MSG103 `masked_select` returns a data-dependent shape",
    ]
    as_json = cli("--statistics", "--format", "json", "m.py", cwd=nested)
    assert as_json.stdout.startswith("{") and "2     MSG103" in as_json.stderr
    assert cli("--exit-zero", "m.py", cwd=nested).returncode == 0
    assert cli("--exit-zero", "--select", "MSG999", "m.py", cwd=nested).returncode == 2


def test_explain_is_plain_text_for_a_terminal():
    proc = run_cli("--explain", "MSG101")
    assert proc.returncode == 0
    text = proc.stdout
    assert text.startswith("MSG101 data-dependent-slice: ")
    assert "<!--" not in text and "```" not in text and "## " not in text and "| " not in text
    assert "slice bound `{bound}` is {what}" in text  # the message template, backticks intact
    for heading in ("What it does", "Why is this bad?", "Example", "Use instead", "Options"):
        assert f"\n{heading}\n" in text
