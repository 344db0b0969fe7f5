"""The command line: output formats, exit codes, selection, configuration, noqa."""
import json
import textwrap

import pytest

from helpers import run_cli, run_json

HAZARD = textwrap.dedent('''
    from mindspore import nn, ops

    class Net(nn.Cell):
        def construct(self, x, k):
            a = x[:k]
            b = ops.masked_select(x, x > 0)
            return a, b
''')


@pytest.fixture
def project(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'demo'\n")
    (tmp_path / "net.py").write_text(HAZARD)
    (tmp_path / "clean.py").write_text("import mindspore\nx = 1\n")
    return tmp_path


def test_text_output_is_flake8_style_and_sorted(project):
    proc = run_cli(".", cwd=project)
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert lines == [
        "net.py:6:13: MSG101 slice bound `k` is tensor data: the result has a data-dependent shape",
        "net.py:7:13: MSG103 `masked_select` returns a data-dependent shape",
    ]
    assert "2 findings in 2 files" in proc.stderr


def test_clean_tree_exits_zero(project):
    proc = run_cli("clean.py", cwd=project)
    assert proc.returncode == 0 and proc.stdout == ""


def test_json_fields(project):
    findings = run_json("net.py", cwd=project)
    assert findings[0] == {
        "path": "net.py", "line": 6, "col": 13, "code": "MSG101",
        "message": findings[0]["message"], "end_line": 6, "end_col": 18,
        "scope": "Net.construct", "symbol": "data-dependent-slice", "severity": "warning",
        "source": "static",
    }


def test_sarif_is_2_1_0_with_help_uri_and_fingerprints(project):
    proc = run_cli("--format", "sarif", "net.py", cwd=project)
    doc = json.loads(proc.stdout)
    assert doc["version"] == "2.1.0"
    run = doc["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert rules["MSG101"]["helpUri"].endswith("docs/rules/MSG101.md")
    result = run["results"][0]
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 6
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    first = result["partialFingerprints"]
    # stable when unrelated lines move
    (project / "net.py").write_text("# a comment\n" + HAZARD)
    moved = json.loads(run_cli("--format", "sarif", "net.py", cwd=project).stdout)["runs"][0]["results"][0]
    assert moved["partialFingerprints"] == first
    assert moved["locations"][0]["physicalLocation"]["region"]["startLine"] == 7


def test_github_format(project):
    proc = run_cli("--format", "github", "net.py", cwd=project)
    assert proc.stdout.startswith("::warning file=net.py,line=6,col=13,")


@pytest.mark.parametrize("args,codes", [
    (["--select", "MSG103"], {"MSG103"}),
    (["--ignore", "MSG1"], set()),
    (["--ignore", "MSG101"], {"MSG103"}),
    (["--select", "MSG2", "--extend-select", "MSG101"], {"MSG101"}),
])
def test_select_and_ignore_by_prefix(project, args, codes):
    assert {f["code"] for f in run_json(*args, "net.py", cwd=project)} == codes


def test_noqa_like_flake8(project):
    source = HAZARD.replace("a = x[:k]", "a = x[:k]  # noqa: MSG101").replace(
        "b = ops.masked_select(x, x > 0)", "b = ops.masked_select(x, x > 0)  # noqa: E501")
    (project / "net.py").write_text(source)
    assert [f["code"] for f in run_json("net.py", cwd=project)] == ["MSG103"]
    (project / "net.py").write_text(source.replace("# noqa: E501", "# NOQA"))
    assert run_json("net.py", cwd=project) == []


def test_pyproject_configuration(project):
    (project / "pyproject.toml").write_text(textwrap.dedent('''
        [tool.msgraph-lint]
        ignore = ["MSG103"]
        per-file-ignores = { "other_*.py" = ["MSG1"] }
        jit-syntax-level = "strict"
        device = "CPU"
    '''))
    (project / "other_net.py").write_text(HAZARD)
    findings = run_json(".", cwd=project)
    assert {(f["path"], f["code"]) for f in findings} == {("net.py", "MSG101")}
    proc = run_cli("--select", "MSG", "net.py", cwd=project)
    assert "level STRICT, device CPU" in proc.stderr


@pytest.mark.parametrize("table,needle", [
    ("bogus = 1", "unknown key 'bogus'"),
    ("device = 'TPU'", "device: 'TPU'"),
    ("jit-syntax-level = 'LOOSE'", "jit-syntax-level"),
    ("select = ['E501']", "E501"),
    ("select = 3", "select"),
])
def test_bad_configuration_is_one_line_and_exit_2(project, table, needle):
    (project / "pyproject.toml").write_text(f"[tool.msgraph-lint]\n{table}\n")
    proc = run_cli(".", cwd=project)
    assert proc.returncode == 2
    assert needle in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert "Traceback" not in proc.stderr


def test_bad_command_line_values_exit_2(project):
    for args in (["--device", "TPU"], ["--jit-syntax-level", "x"], ["--format", "xml"],
                 ["missing_dir"], ["--select", "FOO"], ["--bogus-option"], ["--select"], ["--jobs", "0"]):
        proc = run_cli(*args, cwd=project)
        assert proc.returncode == 2, args
        assert "Traceback" not in proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1, (args, proc.stderr)  # argparse's usage block too


def test_excludes_and_default_skips(project):
    # (`.ipynb_checkpoints`: Jupyter's copies of a notebook folder's modules, which nothing
    # imports; census 7335 met one reporting what the live module fixed long ago)
    for folder in (".venv", "build", "__pycache__", "vendor", ".ipynb_checkpoints"):
        (project / folder).mkdir()
        (project / folder / "net.py").write_text(HAZARD)
    paths = {f["path"] for f in run_json("--extend-exclude", "vendor", ".", cwd=project)}
    assert paths == {"net.py"}


def test_explain_rules_version():
    proc = run_cli("--explain", "MSG101")
    assert proc.returncode == 0 and "\nWhy is this bad?\n" in proc.stdout
    assert "<!--" not in proc.stdout and "##" not in proc.stdout
    assert run_cli("--explain", "data-dependent-slice").returncode == 0
    assert run_cli("--explain", "MSG999").returncode == 2
    table = run_cli("rules").stdout
    assert "MSG101" in table and "preview" in table
    assert run_cli("--version").stdout.startswith("msgraph-lint ")


def test_device_filter_for_sparse(tmp_path):
    (tmp_path / "s.py").write_text(textwrap.dedent('''
        from mindspore import nn, ops
        class S(nn.Cell):
            def construct(self, csr, dense):
                return ops.csr_mm(csr, dense)
    '''))
    anyd = [f for f in run_json("s.py", cwd=tmp_path) if f["code"] == "MSG301"]
    assert len(anyd) == 1 and "CPU, Ascend" in anyd[0]["message"]
    assert [f["code"] for f in run_json("--select", "MSG3", "--device", "GPU", "s.py", cwd=tmp_path)] == []
    cpu = run_json("--select", "MSG3", "--device", "CPU", "s.py", cwd=tmp_path)
    assert [f["code"] for f in cpu] == ["MSG301"] and cpu[0]["message"].endswith("on CPU")


def test_preview_rules_need_opt_in(tmp_path):
    (tmp_path / "r.py").write_text(textwrap.dedent('''
        import numpy as np
        from mindspore import nn
        class R(nn.Cell):
            def construct(self, x):
                return x * np.random.rand()
    '''))
    assert run_json("r.py", cwd=tmp_path) == []
    assert [f["code"] for f in run_json("--preview", "r.py", cwd=tmp_path)] == ["MSG507"]
    assert [f["code"] for f in run_json("--extend-select", "MSG507", "r.py", cwd=tmp_path)] == ["MSG507"]


ODD = "my model,v2 #1%.py"


def test_sarif_uris_are_percent_encoded_and_absolute_paths_have_no_base(project):
    (project / ODD).write_text(HAZARD)
    rel = json.loads(run_cli("--format", "sarif", ODD, cwd=project).stdout)["runs"][0]["results"][0]
    where = rel["locations"][0]["physicalLocation"]["artifactLocation"]
    assert where == {"uri": "my%20model%2Cv2%20%231%25.py", "uriBaseId": "%SRCROOT%"}
    absolute = json.loads(run_cli("--format", "sarif", project / ODD, cwd=project).stdout)["runs"][0]["results"][0]
    where = absolute["locations"][0]["physicalLocation"]["artifactLocation"]
    assert where == {"uri": (project / ODD).as_uri()} and "%20model%2Cv2%20%231%25.py" in where["uri"]
    outside = json.loads(run_cli("--format", "sarif", "../" + project.name + "/" + ODD,
                                 cwd=project).stdout)["runs"][0]["results"][0]
    assert "uriBaseId" not in outside["locations"][0]["physicalLocation"]["artifactLocation"]


def test_github_annotations_escape_properties_and_data(project):
    from msgraph_lint.finding import Finding
    from msgraph_lint.formatters import github

    (project / ODD).write_text(HAZARD)
    line = run_cli("--format", "github", ODD, cwd=project).stdout.splitlines()[0]
    assert line.startswith("::warning file=my model%2Cv2 #1%25.py,line=6,col=13,")
    odd = Finding(path="a:b,c\r\n%.py", line=1, col=1, code="MSG101", message="50% of\r\nit: a, b",
                  symbol="data-dependent-slice")
    assert github([odd]) == ("::warning file=a%3Ab%2Cc%0D%0A%25.py,line=1,col=1,"
                             "title=MSG101 data-dependent-slice::50%25 of%0D%0Ait: a, b\n")


def test_text_output_never_cuts_a_probe_reason():
    """The probe shortens its reasons at a clause boundary; the text format must not cut
    them again mid-word (it used to, at 97 characters)."""
    from msgraph_lint.finding import Finding
    from msgraph_lint.formatters import text

    reason = "the factory make at nets.py:3 raised ValueError: " + "word " * 40 + "end."
    finding = Finding(path="a.py", line=1, col=1, code="MSG101", message="m",
                      probe={"status": "inconclusive", "reason": reason})
    assert text([finding]).rstrip().endswith("word end.]")


def test_a_statement_blamed_on_a_helpers_call_names_the_helper(tmp_path):
    """MindSpore blames `try` / `import` in a helper on the call in construct (measured), so
    the finding sits at the call; the message says which helper and where the statement is.
    Of two such helpers called on one line, the first call's refusal is the one met (measured:
    syntax_two_helpers_refused_on_one_line.py, the `import` only)."""
    (tmp_path / "net.py").write_text(textwrap.dedent("""\
        from mindspore import nn

        def warm(x):
            import math
            return x * 2

        class Net(nn.Cell):
            def helper(self, x):
                try:
                    y = x + 1
                except ValueError:
                    y = x
                return y

            def construct(self, x):
                return warm(x) + self.helper(x)
        """))
    findings = run_json("--isolated", "--jit-syntax-level", "STRICT", "net.py", cwd=tmp_path)
    assert {(f["line"], f["code"], f["message"].split(" (", 1)[1]) for f in findings} == {
        (16, "MSG508", "in warm() at net.py:4)")}
    findings = run_json("--isolated", "--jit-syntax-level", "STRICT", "--select", "MSG501", "net.py", cwd=tmp_path)
    assert {(f["line"], f["code"], f["message"].split(" (", 1)[1]) for f in findings} == {
        (16, "MSG501", "in Net.helper() at net.py:9)")}
    assert all("related" not in f for f in findings)  # they stay at the call, where MindSpore blames them


def test_setting_a_parameters_data_is_reported_where_no_setdata_kernel_exists():
    """`self.bias.data = t` becomes a SetData op: CPU has no kernel for it (labelled case
    class_param_data_assign_setdata), GPU neither; MindSpore 2.10's Ascend backend has one."""
    from helpers import ROOT

    case = str(ROOT / "tests" / "cases" / "class_param_data_assign_setdata.py")
    for device in ("CPU", "GPU"):
        (finding,) = run_json("--isolated", "--device", device, case)
        assert finding["code"] == "MSG402" and "SetData" in finding["message"]
    assert run_json("--isolated", "--device", "Ascend", case) == []


def test_a_slice_written_with_a_tensor_bound_says_the_region_is_dynamic(tmp_path):
    """`queue[:k] = x` keeps queue's shape; the region written is what has a dynamic size
    (labelled: slicing_assign_tensor_stop.py), while `x[:k]` read gives a dynamic result."""
    (tmp_path / "net.py").write_text(textwrap.dedent("""\
        from mindspore import nn

        class Q(nn.Cell):
            def construct(self, x, k, queue):
                queue[:k] = x
                return x[:k] + queue
        """))
    found = {f["line"]: f["message"] for f in run_json("--isolated", "net.py", cwd=tmp_path)}
    assert found[5].endswith("the region written has a data-dependent size")
    assert found[6].endswith("the result has a data-dependent shape")
