"""The probe from a project's own tests (``--probe-tests``, ``pytest --msgraph-probe``), against MindSpore.

One small project is probed once through ``msgraph-lint`` and once through its
own ``pytest --msgraph-probe``; the tests below read those runs. Skipped
without MindSpore, as tests/test_probe.py is.
"""
import hashlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from helpers import ROOT, run_cli

HAVE_MINDSPORE = subprocess.run([sys.executable, "-c", "import importlib.util,sys;"
                                 "sys.exit(importlib.util.find_spec('mindspore') is None)"]).returncode == 0
needs_mindspore = pytest.mark.skipif(not HAVE_MINDSPORE and os.environ.get("MSGRAPH_LINT_REQUIRE_PROBE") != "1",
                                     reason="MindSpore is not installed (pip install '.[probe]')")

NETS = '''
import mindspore as ms
from mindspore import nn, ops


class Positives(nn.Cell):
    def construct(self, x):
        return x[x > 0]


class Head(nn.Cell):
    def construct(self, x, k):
        return x[:k]


class Untested(nn.Cell):
    def construct(self, x):
        return ops.masked_select(x, x > 0)


@ms.jit
def distinct(x):
    return ops.unique(x)[0]
'''
# The line of each target's hazard (its `return`), counted in the file as written.
LINES = {}
for _number, _text in enumerate(NETS.lstrip().splitlines(), 1):
    if _text.startswith(("class ", "def ")):
        _name = _text.split()[1].split("(")[0]
    elif _text.strip().startswith("return"):
        LINES[_name] = _number

# Calls the Cells eagerly, as most projects' tests do. One test fails after its call,
# one is deselected by the pytest arguments, one checks that the probe's compile of an
# earlier test's target left MindSpore's state and the shared instance as they were.
TESTS = '''
import os

import numpy as np
import mindspore as ms
import pytest

from shop.nets import Head, Positives, Untested, distinct
from helpers_for_tests import sample

SHARED = Positives()
SEEN = {}


def test_positives():
    SEEN["first"] = SHARED(sample()).asnumpy().tolist()
    assert SEEN["first"] == [1.0, 3.0]


def test_state_is_untouched_by_the_probe():
    assert ms.get_context("mode") == ms.PYNATIVE_MODE
    assert not ms.get_context("save_graphs")
    assert SHARED(sample()).asnumpy().tolist() == SEEN["first"]
    assert "rank_0" not in os.listdir(".")
    with open(os.environ["SHOP_TEST_LOG"], "a") as fh:
        fh.write("untouched\\n")


def test_head_then_fail():
    assert Head()(sample(), 1).shape == (1, 2)
    assert False, "this test fails on purpose"


@pytest.mark.slow
def test_untested_is_slow():
    Untested()(sample())


def test_distinct():
    assert distinct(ms.Tensor(np.array([1, 2, 2], np.int32))).asnumpy().tolist() == [1, 2]
'''
HELPER = '''
import numpy as np
import mindspore as ms


def sample():
    return ms.Tensor(np.array([[1.0, -2.0], [3.0, -4.0]], np.float32))
'''
PYPROJECT = '''
[tool.msgraph-lint]
probe-tests = ["tests"]
probe-pytest-args = '-m "not slow"'

[tool.pytest.ini_options]
markers = ["slow: deselected by the probe"]
'''


def _project(folder: Path) -> Path:
    (folder / "shop").mkdir(parents=True)
    (folder / "shop" / "__init__.py").write_text("")
    (folder / "shop" / "nets.py").write_text(NETS.lstrip())
    (folder / "tests").mkdir()
    (folder / "tests" / "test_shop.py").write_text(TESTS.lstrip())
    (folder / "tests" / "helpers_for_tests.py").write_text(HELPER.lstrip())
    (folder / "tests" / "test_broken.py").write_text("import not_a_module_anywhere  # noqa: F401\n")
    (folder / "pyproject.toml").write_text(PYPROJECT.lstrip())
    return folder


def _snapshot(folder: Path):
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
            for p in sorted(folder.rglob("*")) if ".msgraph_lint_cache" not in p.parts}


def _env(log: Path):
    return dict(os.environ, SHOP_TEST_LOG=str(log),
                PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))


def _by_line(findings):
    return {(f["line"], f["code"]): f["probe"] for f in findings if f["path"].endswith("nets.py")}


@pytest.fixture(scope="module")
def probed(tmp_path_factory):
    """``msgraph-lint --probe`` with probe-tests from pyproject.toml; then the same, cached."""
    project = _project(tmp_path_factory.mktemp("probe-tests") / "project")
    log = project.parent / "test-log.txt"
    before = _snapshot(project)
    runs = []
    for _ in range(2):
        proc = subprocess.run([sys.executable, "-m", "msgraph_lint", "--probe", "--device", "CPU", "--format",
                               "json", "shop"], cwd=project, env=_env(log), capture_output=True, text=True,
                              timeout=3600)
        assert proc.returncode == 1, proc.stderr[-3000:]
        assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
        runs.append((json.loads(proc.stdout)["findings"], proc.stderr))
    return {"project": project, "before": before, "runs": runs, "log": log}


@needs_mindspore
def test_a_hazard_a_test_calls_is_confirmed(probed):
    verdicts = _by_line(probed["runs"][0][0])
    assert verdicts[(LINES["Positives"], "MSG102")]["status"] == "confirmed"
    assert "NonZero" in verdicts[(LINES["Positives"], "MSG102")]["evidence"]
    # a @jit function a test calls is compiled too
    assert verdicts[(LINES["distinct"], "MSG103")]["status"] == "confirmed"
    assert "Unique" in verdicts[(LINES["distinct"], "MSG103")]["evidence"]


@needs_mindspore
def test_a_near_miss_from_a_failing_test_is_not_reproduced(probed):
    # k is a Python int in the test: a constant graph mode folds, so the slice is static.
    head = _by_line(probed["runs"][0][0])[(LINES["Head"], "MSG101")]
    assert head["status"] == "not-reproduced", head
    assert "tests/test_shop.py::test_head_then_fail" in head["evidence"]


@needs_mindspore
def test_a_finding_no_test_reaches_stays_inconclusive_and_says_why(probed):
    findings, stderr = probed["runs"][0]
    untested = _by_line(findings)[(LINES["Untested"], "MSG103")]
    assert untested["status"] == "inconclusive"
    # deselected by probe-pytest-args = '-m "not slow"'; the file that cannot be imported is named
    assert "no test under tests/ called Untested" in untested["reason"]
    assert "tests/test_broken.py could not be collected: ModuleNotFoundError" in untested["reason"]
    assert "tests/test_broken.py could not be collected" in stderr


@needs_mindspore
def test_compiling_changes_nothing_the_tests_see(probed):
    assert probed["log"].read_text().split() == ["untouched"]


@needs_mindspore
def test_the_project_tree_is_left_untouched(probed):
    project = probed["project"]
    assert _snapshot(project) == probed["before"]
    assert not list(project.rglob("__pycache__")) and not (project / "rank_0").exists()
    assert (project / ".msgraph_lint_cache" / ".gitignore").exists()


@needs_mindspore
def test_the_test_run_is_cached_by_everything_it_imported(probed):
    from msgraph_lint.probe.runner import Cache, TestRun, cached_tests

    assert probed["runs"][1][0] == probed["runs"][0][0]
    project = probed["project"]
    [entry] = (project / ".msgraph_lint_cache" / "probe").glob("tests-*.json")
    depends = json.loads(entry.read_text())["depends"]
    for name in ("shop/nets.py", "tests/test_shop.py", "tests/helpers_for_tests.py", "shop/__init__.py"):
        assert str((project / name).resolve()) in depends, name
    key = entry.name[len("tests-"):-len(".json")]
    assert cached_tests(Cache(project, True), key, TestRun("tests/")) is not None
    # an edit to a module only the tests import sends the run back to pytest
    helper = project / "tests" / "helpers_for_tests.py"
    text = helper.read_text()
    try:
        helper.write_text("# edited\n" + text)
        assert cached_tests(Cache(project, True), key, TestRun("tests/")) is None
    finally:
        helper.write_text(text)


@needs_mindspore
def test_pytest_msgraph_probe_inside_the_projects_own_test_job(tmp_path):
    project = _project(tmp_path / "project")
    (project / "tests" / "test_broken.py").unlink()
    (project / "pyproject.toml").write_text(PYPROJECT.replace("probe-pytest-args", "# probe-pytest-args"))
    before = _snapshot(project)
    env = _env(tmp_path / "log.txt")
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    proc = subprocess.run([sys.executable, "-m", "pytest", "-p", "msgraph_lint.probe.pytest_plugin",
                           "--msgraph-probe", "-p", "no:cacheprovider", "--msgraph-probe-report", "../report.json",
                           "tests"], cwd=project, env=env, capture_output=True, text=True, timeout=3600)
    out = proc.stdout
    assert proc.returncode == 1, out[-3000:]  # the tests' own outcome: one fails on purpose
    assert "1 failed, 4 passed" in out, out[-3000:]
    assert "msgraph-lint probe" in out
    assert f"shop/nets.py:{LINES['Positives']}:16: MSG102" in out and "[probe: confirmed: NonZero" in out
    # the slow test ran this time: Untested is reached and confirmed
    assert f"shop/nets.py:{LINES['Untested']}:16: MSG103" in out
    report = json.loads((tmp_path / "report.json").read_text())["findings"]
    assert _by_line(report)[(LINES["Untested"], "MSG103")]["status"] == "confirmed"
    assert (tmp_path / "log.txt").read_text().split() == ["untouched"]
    assert _snapshot(project) == before


@needs_mindspore
def test_a_test_run_that_times_out_is_reported_as_such(tmp_path):
    project = _project(tmp_path / "project")
    (project / "tests" / "test_shop.py").write_text(
        "import time\n\n\ndef test_hangs():\n    while True:\n        time.sleep(1)\n")
    proc = run_cli("--probe", "--device", "CPU", "--format", "json", "--probe-tests-timeout", "2", "shop",
                   cwd=project)
    assert proc.returncode == 1, proc.stderr
    findings = json.loads(proc.stdout)["findings"]
    reasons = {f["probe"].get("reason", "") for f in findings if f["path"].endswith("nets.py")}
    assert reasons and all("the test run under tests/ stopped" in r and "did not finish within 2 s" in r
                           for r in reasons), reasons
    assert any(f["code"] == "MSG912" and "did not finish within 2 s" in f["probe"]["reason"] for f in findings)


def test_the_plugin_is_inert_without_its_option(tmp_path):
    (tmp_path / "test_inert.py").write_text(textwrap.dedent('''
        import sys

        def test_nothing_imported(pytestconfig):
            assert "mindspore" not in sys.modules
            assert not pytestconfig.pluginmanager.has_plugin("msgraph-probe-recorder")
    '''))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "msgraph_lint.probe.pytest_plugin",
                           "-p", "no:cacheprovider", "test_inert.py"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:]


@pytest.mark.parametrize("table,said", [
    ('probe-tests = "tests"', None),
    ("probe-tests = [1]", "probe-tests: expected a list of strings"),
    ("probe-pytest-args = 3", "probe-pytest-args: expected a string or a list of strings"),
    ("probe-pytest-args = '-m \"not slow'", "probe-pytest-args: No closing quotation"),
    ("probe-tests-timeout = 0", "probe-tests-timeout: expected a positive number of seconds"),
])
def test_configuration_keys_are_checked(tmp_path, table, said):
    (tmp_path / "pyproject.toml").write_text(f"[tool.msgraph-lint]\n{table}\n")
    (tmp_path / "net.py").write_text("x = 1\n")
    proc = run_cli("net.py", cwd=tmp_path)
    if said is None:
        assert proc.returncode == 0, proc.stderr
    else:
        assert proc.returncode == 2 and said in proc.stderr and proc.stderr.count("\n") == 1, proc.stderr


def test_probe_tests_path_must_exist(tmp_path):
    (tmp_path / "net.py").write_text("x = 1\n")
    proc = run_cli("--probe", "--probe-tests", "nowhere", "net.py", cwd=tmp_path)
    assert proc.returncode == 2 and "--probe-tests: nowhere: no such file or directory" in proc.stderr


def test_records_of_xdist_workers_join_the_main_file(tmp_path):
    from msgraph_lint.probe.runner import TestRun, read_records

    def write(name, *records):
        (tmp_path / name).write_text("".join(json.dumps(r) + "\n" for r in records))

    target = {"type": "target", "stage": "compile", "ok": True, "target": "Net", "target_file": "/p/net.py"}
    broken = {"type": "collect-error", "path": "/p/tests/test_io.py", "error": "ImportError: x"}
    write("records.jsonl", {"type": "start"}, {"type": "session", "tests": 0, "imported": {"/p/a.py": "1"}})
    write("records.jsonl.gw0", {"type": "start"}, target, broken,
          {"type": "session", "tests": 2, "imported": {"/p/b.py": "2"}})
    write("records.jsonl.gw1", {"type": "start"}, dict(target, target="Head"), broken, '{"type": "tar')
    run = read_records(str(tmp_path / "records.jsonl"), TestRun("tests/"))
    assert run.status == "ok" and run.tests == 2
    assert [r["target"] for r in run.results] == ["Net", "Head"]
    assert [e["path"] for e in run.collect_errors] == ["/p/tests/test_io.py"]
    assert run.imported is None  # a worker that did not finish: its imports are unknown, nothing is cached
    (tmp_path / "records.jsonl").write_text(json.dumps({"type": "start"}) + "\n")
    assert read_records(str(tmp_path / "records.jsonl"), TestRun("tests/")).status == "crash"
    assert read_records(str(tmp_path / "missing.jsonl"), TestRun("tests/")).status == "import"
