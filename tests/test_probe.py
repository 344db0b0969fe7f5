"""The runtime probe, against MindSpore itself (CPU).

These tests run MindSpore in child processes. Where MindSpore is not
installed they are skipped, unless MSGRAPH_LINT_REQUIRE_PROBE=1 (CI sets it),
in which case a missing MindSpore is a failure.
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import ROOT, run_cli
from labelled import blamed_lines, load_labels

HAVE_MINDSPORE = subprocess.run([sys.executable, "-c", "import importlib.util,sys;"
                                 "sys.exit(importlib.util.find_spec('mindspore') is None)"]).returncode == 0
if not HAVE_MINDSPORE:
    if os.environ.get("MSGRAPH_LINT_REQUIRE_PROBE") == "1":
        raise RuntimeError("MSGRAPH_LINT_REQUIRE_PROBE=1 but MindSpore is not installed")
    pytestmark = pytest.mark.skip(reason="MindSpore is not installed (pip install '.[probe]')")

CASES = ROOT / "tests" / "cases"


def _snapshot(folder: Path):
    state = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if rel.parts and rel.parts[0] == ".msgraph_lint_cache":
            continue
        state[str(rel)] = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
    return state


def _probe(folder, level, *extra, factory="*.py::make"):
    proc = run_cli("--isolated", "--probe", "--device", "CPU", "--jit-syntax-level", level,
                   "--probe-factory", factory, "--format", "json", "-j", "2", *extra, ".", cwd=folder)
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    return json.loads(proc.stdout)["findings"], proc


@pytest.fixture(scope="module")
def cases_copy(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cases")
    for path in CASES.glob("*.py"):
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def probe_runs(cases_copy):
    runs = {}
    for level in ("LAX", "STRICT"):
        before = _snapshot(cases_copy)
        start = time.perf_counter()
        findings, _ = _probe(cases_copy, level)
        runs[level] = {"findings": findings, "seconds": time.perf_counter() - start,
                       "clean": _snapshot(cases_copy) == before}
    return runs


def _agreement(findings, level):
    """Per case: does the probe's verdict agree with MindSpore's labelled outcome?"""
    confirmed = {}
    for f in findings:
        if f.get("probe", {}).get("status") == "confirmed":
            confirmed.setdefault(f["path"], set()).add(f["line"])
    disagree = []
    labels = load_labels()
    for name, levels in sorted(labels.items()):
        label = levels[level]
        lines = confirmed.get(name, set())
        if label["outcome"] in ("dynamic", "error") and label.get("lines"):
            ok = all(any(abs(b - l) <= 1 for l in lines) for b in blamed_lines(label))
        elif label["outcome"] == "static":
            ok = not lines
        else:
            continue  # crash/timeout/unlocated error: nothing to compare
        if not ok:
            disagree.append((name, label["outcome"], label.get("lines"), sorted(lines)))
    return disagree, len(labels)


@pytest.mark.parametrize("level", ["LAX", "STRICT"])
def test_probe_agrees_with_mindspore_labels(probe_runs, level):
    disagree, total = _agreement(probe_runs[level]["findings"], level)
    assert len(disagree) <= 0.03 * total, disagree


@pytest.mark.parametrize("level", ["LAX", "STRICT"])
def test_probe_leaves_the_tree_untouched(probe_runs, cases_copy, level):
    assert probe_runs[level]["clean"]
    ignore = cases_copy / ".msgraph_lint_cache" / ".gitignore"
    assert ignore.read_text().splitlines()[-1] == "*"
    assert not any(p.name == "rank_0" or p.suffix == ".ir" for p in cases_copy.rglob("*"))


def test_every_finding_has_a_verdict_and_fields(probe_runs):
    for f in probe_runs["LAX"]["findings"]:
        probe = f["probe"]
        assert probe["status"] in ("confirmed", "not-reproduced", "inconclusive")
        assert probe["device"] == "CPU" and probe["jit_syntax_level"] == "LAX"
        assert probe["mindspore_version"].startswith("2.")
        assert f["source"] in ("static", "probe")
        if probe["status"] == "inconclusive":
            assert probe["reason"]
        else:
            assert probe["evidence"] and probe["kind"]


def _without_mindspore(tmp_path):
    """Environment in which importing MindSpore kills the process: a run that still
    gives the same answers took every one from the cache (no wall clock needed)."""
    fake = tmp_path / "no-mindspore"
    (fake / "mindspore").mkdir(parents=True)
    (fake / "mindspore" / "__init__.py").write_text("import os\nos._exit(97)\n")
    return {"PYTHONPATH": os.pathsep.join([str(ROOT), str(fake), os.environ.get("PYTHONPATH", "")])}


def test_cached_rerun_needs_no_compile_and_is_identical(probe_runs, cases_copy, tmp_path):
    proc = run_cli("--isolated", "--probe", "--device", "CPU", "--jit-syntax-level", "LAX",
                   "--probe-factory", "*.py::make", "--format", "json", "-j", "2", ".", cwd=cases_copy,
                   env=_without_mindspore(tmp_path))
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    assert json.loads(proc.stdout)["findings"] == probe_runs["LAX"]["findings"]


def test_missing_backend_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "a.py").write_text("import mindspore\n")
    for device in ("GPU", "Ascend"):
        proc = run_cli("--probe", "--device", device, "a.py", cwd=tmp_path)
        assert proc.returncode == 2
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and device in lines[0], proc.stderr


def test_hostile_factories_cost_their_target_only(tmp_path):
    (tmp_path / "raising.py").write_text(
        "import mindspore\ndef make():\n    raise ValueError('factory says no')\n")
    (tmp_path / "segv.py").write_text(
        "import os, signal\nimport mindspore\ndef make():\n    os.kill(os.getpid(), signal.SIGSEGV)\n")
    (tmp_path / "hang.py").write_text(
        "import time\nimport mindspore\ndef make():\n    while True:\n        time.sleep(1)\n")
    (tmp_path / "broken.py").write_text("import mindspore\nimport no_such_module_here\ndef make():\n    pass\n")
    (tmp_path / "wrong.py").write_text("import mindspore\ndef make():\n    return 42\n")
    (tmp_path / "hog.py").write_text(MEMORY_HOG)
    shutil.copy(CASES / "slicing_tensor_stop.py", tmp_path / "good.py")
    proc = run_cli("--probe", "--probe-factory", "*.py::make", "--probe-timeout", "20", "--probe-memory", "1500",
                   "--format", "json", "--no-cache", "-j", "2", ".", cwd=tmp_path)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    findings = json.loads(proc.stdout)["findings"]
    verdicts = {f["path"]: f["probe"] for f in findings if f["code"] == "MSG912"}
    assert all(v["status"] == "inconclusive" for v in verdicts.values())
    reasons = {path: v["reason"] for path, v in verdicts.items()}
    assert "factory says no" in reasons["raising.py"]
    assert "SIGSEGV" in reasons["segv.py"]
    assert "no answer within 20" in reasons["hang.py"]
    assert "no_such_module_here" in reasons["broken.py"]
    assert "(target, inputs)" in reasons["wrong.py"]
    assert "exceeded the memory limit of 1500 MiB" in reasons["hog.py"] and verdicts["hog.py"]["kind"] == "memory"
    good = [f for f in findings if f["path"] == "good.py"]
    assert [(f["code"], f["probe"]["status"]) for f in good] == [("MSG101", "confirmed")]


# Writes every page of 64 MiB blocks until something stops it: the probe's memory
# limit (the tests pass 1500 MiB), never the machine's RAM.
MEMORY_HOG = """import mindspore
def make():
    blocks = []
    while True:
        blocks.append(bytearray(64 << 20))
"""

# Factories that break MindSpore itself rather than their own code: they patch
# the parser that MindSpore's C++ graph compiler calls back into, so the hang or
# the abort happens inside GraphExecutor_.compile with its frames on the stack.
INSIDE_COMPILE = """import os, time
import numpy as np
import mindspore as ms
from mindspore import nn
from mindspore.graph._parse import parser


class Net(nn.Cell):
    def construct(self, x):
        return x + 1


def make():
    def parse(self):
        {action}
    parser.Parser.parse = parse
    return Net(), (ms.Tensor(np.ones((2, 2), np.float32)),)
"""

# Factories that leave the worker's MindSpore changed for whatever comes next.
POISONS = {
    "patched": "from mindspore.graph import api\n"
               "def refuse(*args, **kwargs):\n    raise RuntimeError('compile patched by an earlier target')\n"
               "api._CellGraphExecutor.compile = refuse\n",
    "pynative": "ms.set_context(mode=ms.PYNATIVE_MODE)\n",
    "no_jit": "import os\nos.environ['MS_JIT'] = '0'\n",
}


def test_mindspore_hanging_or_aborting_inside_compile_and_poisoned_workers(tmp_path):
    """-j 1: one worker after another. Each fault costs its own target, and a target
    that leaves MindSpore patched or reconfigured gets the worker replaced, so the
    good target after it is still confirmed."""
    (tmp_path / "a_hang.py").write_text(INSIDE_COMPILE.format(action="while True:\n            time.sleep(1)"))
    (tmp_path / "b_abort.py").write_text(INSIDE_COMPILE.format(action="os.abort()"))
    source = (CASES / "slicing_tensor_stop.py").read_text()
    names = ["c_good.py"]
    for i, (name, poison) in enumerate(POISONS.items()):
        poisoned = source.replace("def make():\n", "def make():\n" + "".join(
            "    " + line + "\n" for line in poison.splitlines()))
        (tmp_path / f"d{i}_{name}.py").write_text(poisoned)
        (tmp_path / f"d{i}_{name}_next.py").write_text(source)
        names.append(f"d{i}_{name}_next.py")
    shutil.copy(CASES / "slicing_tensor_stop.py", tmp_path / "c_good.py")
    proc = run_cli("--probe", "--probe-factory", "*.py::make", "--probe-timeout", "10", "--format", "json",
                   "--no-cache", "-j", "1", ".", cwd=tmp_path)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    findings = json.loads(proc.stdout)["findings"]
    reasons = {f["path"]: f["probe"]["reason"] for f in findings if f["code"] == "MSG912"}
    assert set(reasons) == {"a_hang.py", "b_abort.py", "d1_pynative.py", "d2_no_jit.py"}, reasons
    assert "no answer within 10 s" in reasons["a_hang.py"] and "the worker was stopped" in reasons["a_hang.py"]
    assert "the worker died (signal SIGABRT)" in reasons["b_abort.py"]
    for name in ("d1_pynative.py", "d2_no_jit.py"):  # ran eagerly: nothing to judge, not "static"
        assert "turned graph mode off" in reasons[name]
    for name in names:
        got = [(f["code"], f["probe"]["status"]) for f in findings if f["path"] == name]
        assert got == [("MSG101", "confirmed")], (name, got, proc.stderr[-2000:])


def test_finding_without_factory_is_inconclusive_with_a_hint(tmp_path):
    shutil.copy(CASES / "slicing_tensor_stop.py", tmp_path / "net.py")
    findings, proc = _probe(tmp_path, "LAX", factory="none*.py::make")
    assert proc.returncode == 1
    assert findings[0]["probe"]["status"] == "inconclusive"
    assert "--probe-factory" in findings[0]["probe"]["reason"]


def test_not_reproduced_alone_exits_zero(tmp_path):
    # x[:k] with a Python int k: flagged only when the factory cannot be read statically
    (tmp_path / "net.py").write_text(
        "import numpy as np\nimport mindspore as ms\nfrom mindspore import nn\n\n"
        "class Net(nn.Cell):\n    def construct(self, x, k):\n        return x[:k]\n\n"
        "def build():\n    return 2\n\n"
        "def make():\n    return Net(), (ms.Tensor(np.ones((4, 4), np.float32)), build())\n")
    findings, proc = _probe(tmp_path, "LAX")
    assert [f["probe"]["status"] for f in findings] == ["not-reproduced"]
    assert proc.returncode == 0


def test_without_mindspore_probe_says_how_to_install(tmp_path):
    base = getattr(sys, "_base_executable", sys.executable)
    has = subprocess.run([base, "-c", "import mindspore"], capture_output=True).returncode == 0
    if has or base == sys.executable:
        pytest.skip("no interpreter without MindSpore at hand")
    (tmp_path / "a.py").write_text("import mindspore\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([base, "-m", "msgraph_lint", "--probe", "a.py"], cwd=tmp_path, env=env,
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert "pip install 'msgraph-lint[probe]'" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_sigint_leaves_no_workers_or_temporary_directories(tmp_path):
    import glob
    import signal
    import tempfile

    (tmp_path / "hang.py").write_text("import time\nimport mindspore\ndef make():\n    time.sleep(600)\n")
    before = set(glob.glob(os.path.join(tempfile.gettempdir(), "msgraph-probe-*")))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "msgraph_lint", "--probe", "--probe-factory", "hang.py::make",
                             "--no-cache", "hang.py"], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 120
    while time.time() < deadline:  # wait until a worker is running the target
        ps = subprocess.run(["pgrep", "-f", "msgraph_lint.probe.worker"], capture_output=True, text=True)
        if ps.stdout.strip():
            break
        time.sleep(0.5)
    time.sleep(3)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and "interrupted" in err and "Traceback" not in err
    time.sleep(1)
    ps = subprocess.run(["pgrep", "-f", "msgraph_lint.probe.worker"], capture_output=True, text=True)
    assert ps.stdout.strip() == ""
    after = set(glob.glob(os.path.join(tempfile.gettempdir(), "msgraph-probe-*")))
    assert after <= before


def test_factory_file_that_vanishes_after_discovery(tmp_path, monkeypatch, capsys):
    """Found by reading, then gone (or a directory) before a worker imports it: that
    target is inconclusive with the reason, the others are judged, nothing raises."""
    import msgraph_lint.probe as probe_package
    from msgraph_lint import cli

    for name in ("gone.py", "now_a_dir.py", "good.py"):
        shutil.copy(CASES / "slicing_tensor_stop.py", tmp_path / name)
    real_find = probe_package.find_factories

    def found_then_vanished(patterns, root):
        jobs, problems = real_find(patterns, root)
        assert len(jobs) == 3
        (tmp_path / "gone.py").unlink()
        (tmp_path / "now_a_dir.py").unlink()
        (tmp_path / "now_a_dir.py").mkdir()
        return jobs, problems

    monkeypatch.setattr(probe_package, "find_factories", found_then_vanished)
    monkeypatch.chdir(tmp_path)
    code = cli.main(["--isolated", "--probe", "--probe-factory", "*.py::make", "--format", "json", "-j", "2", "."])
    out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in err
    findings = json.loads(out)["findings"]
    failed = {f["path"]: f["probe"] for f in findings if f["code"] == "MSG912"}
    assert set(failed) == {"gone.py", "now_a_dir.py"}
    assert failed["gone.py"]["kind"] == "import" and "FileNotFoundError" in failed["gone.py"]["reason"]
    assert failed["now_a_dir.py"]["kind"] == "import" and "IsADirectoryError" in failed["now_a_dir.py"]["reason"]
    for name in ("gone.py", "now_a_dir.py"):  # their static findings stay unjudged
        assert [f["probe"]["status"] for f in findings if f["path"] == name and f["code"] == "MSG101"] \
            == ["inconclusive"]
    good = [(f["code"], f["probe"]["status"]) for f in findings if f["path"] == "good.py"]
    assert good == [("MSG101", "confirmed")]
    # nothing about the vanished files was cached (their content hash cannot be taken)
    assert len(list((tmp_path / ".msgraph_lint_cache" / "probe").glob("*.json"))) == 1


def test_two_concurrent_probe_runs_share_one_cache(tmp_path):
    """Two `msgraph-lint --probe` at once over examples/ with one cache: both report
    what a lone run reports, every entry they leave parses and is used by the next run."""
    from msgraph_lint.probe import runner

    for path in (ROOT / "examples").glob("*.py"):
        shutil.copy(path, tmp_path / path.name)
    args = ["-m", "msgraph_lint", "--isolated", "--probe", "--probe-factory", "*.py::make*", "--format", "json",
            "-j", "1", "."]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    runs = [subprocess.Popen([sys.executable, *args], cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=240) for run in runs]
    for run, (out, err) in zip(runs, outputs):
        assert run.returncode == 1 and "Traceback" not in err, err[-2000:]
    first, second = (json.loads(out)["findings"] for out, _ in outputs)
    assert first == second
    assert first and all(f["probe"]["status"] == "confirmed" for f in first)
    entries = list((tmp_path / ".msgraph_lint_cache" / "probe").iterdir())
    # one entry per factory, and no temporary file left over
    assert sorted(e.suffix for e in entries) == [".json"] * len(runner.find_factories(["*.py::make*"], tmp_path)[0])
    for path in entries:
        entry = json.loads(path.read_text())
        assert isinstance(entry["depends"], dict) and runner._valid_result(entry["result"])
    proc = run_cli(*args[2:], cwd=tmp_path, env=_without_mindspore(tmp_path))  # everything from the cache
    assert json.loads(proc.stdout)["findings"] == first


def test_probe_memory_option_and_key(tmp_path):
    """`probe-memory` in pyproject.toml sets the limit, --probe-memory overrides it, bad
    values are one line and exit 2, and a limit too small for MindSpore itself says so."""
    (tmp_path / "hog.py").write_text(MEMORY_HOG)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.msgraph-lint]\nprobe-factories = ["hog.py::make"]\nprobe-memory = 1400\n')
    reasons = []
    for extra in ((), ("--probe-memory", "1500")):
        proc = run_cli("--probe", "--no-cache", "--format", "json", "-j", "1", *extra, ".", cwd=tmp_path)
        assert proc.returncode == 1, proc.stderr[-2000:]
        reasons += [f["probe"]["reason"] for f in json.loads(proc.stdout)["findings"]]
    assert "memory limit of 1400 MiB" in reasons[0] and "memory limit of 1500 MiB" in reasons[1], reasons
    for bad in ("-1", "lots", "1.5"):
        proc = run_cli("--probe", "--probe-memory", bad, ".", cwd=tmp_path)
        assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "--probe-memory" in proc.stderr
    (tmp_path / "pyproject.toml").write_text('[tool.msgraph-lint]\nprobe-memory = "much"\n')
    proc = run_cli("--probe", ".", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "probe-memory" in proc.stderr
    (tmp_path / "pyproject.toml").unlink()
    proc = run_cli("--probe", "--probe-factory", "hog.py::make", "--probe-memory", "100", ".", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1, proc.stderr
    assert "memory limit of 100 MiB while importing MindSpore" in proc.stderr


def test_mindspore_crashing_at_import_is_one_line_and_exit_2(tmp_path):
    """A MindSpore that kills its process while being imported (shadowed here by a
    package that segfaults): the probe cannot run, said in one line, no traceback."""
    shadow = tmp_path / "shadow" / "mindspore"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text("import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)\n")
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(CASES / "slicing_tensor_stop.py", project / "net.py")
    env = {"PYTHONPATH": os.pathsep.join([str(ROOT), str(shadow.parent)])}
    for device in ("CPU", "GPU"):  # the first worker of the run; the backend check before it
        proc = run_cli("--probe", "--device", device, "--probe-factory", "net.py::make", "--no-cache", ".",
                       cwd=project, env=env)
        assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr[-2000:]
        assert proc.stderr.count("\n") == 1
        assert "did not start (it died of signal SIGSEGV while importing MindSpore)" in proc.stderr
