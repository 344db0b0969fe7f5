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
from labelled import load_labels, probe_agreement

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
    # No 300 s bound here (run_cli's): a busy shared machine may take longer, and a slow
    # machine is no failure. An hour stops a real hang.
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.run([sys.executable, "-m", "msgraph_lint", "--isolated", "--probe", "--device", "CPU",
                           "--jit-syntax-level", level, "--probe-factory", factory, "--format", "json", "-j", "2",
                           *extra, "."], cwd=folder, env=env, capture_output=True, text=True, timeout=3600)
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    return json.loads(proc.stdout)["findings"], proc


# The whole labelled set takes many minutes a level on two busy cores: it is measured by
# benchmarks/probe_agreement.py (figure in docs/probe.md). The suite compiles a fixed
# subset: per family (the name's prefix) and LAX outcome, the first few cases of a
# seeded shuffle, so every kind of verdict is exercised and the set never drifts by chance.
# Every new family of cases adds a stratum, so the subset is capped: the strata give their
# first case each, then their second, and so on, until the cap (every stratum keeps at least
# one case; the CI's time stays bounded as cases are added).
SUBSET_PER_STRATUM = 4
SUBSET_CAP = 1280


def agreement_subset(cap=SUBSET_CAP):
    import random

    strata = {}
    for name, levels in sorted(load_labels().items()):
        if any(levels[level]["outcome"] in ("crash", "timeout") for level in levels):
            continue  # MindSpore itself crashed: unscored, and a crash is never cached
        strata.setdefault((name.split("_")[0], levels["LAX"]["outcome"]), []).append(name)
    shuffled = []
    for key in sorted(strata):
        names = strata[key]
        random.Random(f"{key[0]}/{key[1]}").shuffle(names)
        shuffled.append(names[:SUBSET_PER_STRATUM])
    chosen = []
    for rank in range(SUBSET_PER_STRATUM):
        for names in shuffled:
            if rank < len(names) and (rank == 0 or len(chosen) < cap):
                chosen.append(names[rank])
    return sorted(chosen)


def test_agreement_subset_is_capped_and_keeps_every_stratum():
    labels = load_labels()

    def strata(names):
        return {(name.split("_")[0], labels[name]["LAX"]["outcome"]) for name in names}

    full = agreement_subset(cap=10 ** 9)
    capped = agreement_subset(cap=len(full) // 2)
    assert set(capped) < set(full) and len(capped) <= max(len(full) // 2, len(strata(full)))
    assert strata(capped) == strata(full)
    assert len(agreement_subset()) <= SUBSET_CAP


@pytest.fixture(scope="module")
def cases_copy(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cases")
    for name in agreement_subset():
        shutil.copy(CASES / name, folder / name)
    return folder


@pytest.fixture(scope="module")
def probe_runs(cases_copy):
    runs = {}
    for level in ("LAX", "STRICT"):
        before = _snapshot(cases_copy)
        entries = set(_cache_entries(cases_copy))
        start = time.perf_counter()
        findings, _ = _probe(cases_copy, level)
        runs[level] = {"findings": findings, "seconds": time.perf_counter() - start,
                       "clean": _snapshot(cases_copy) == before,
                       "entries": set(_cache_entries(cases_copy)) - entries}
    return runs


def _cache_entries(folder: Path):
    return (folder / ".msgraph_lint_cache" / "probe").glob("*.json")


def _agreement(findings, level):
    """Per case of the subset: does the probe's verdict agree with MindSpore's label?"""
    subset = agreement_subset()
    disagree, _ = probe_agreement(findings, level, subset)
    return disagree, len(subset)


@pytest.mark.parametrize("level", ["LAX", "STRICT"])
def test_probe_agrees_with_mindspore_labels(probe_runs, level):
    disagree, total = _agreement(probe_runs[level]["findings"], level)
    print(f"{level}: {total - len(disagree)} of {total} labelled cases agree "
          f"({100 * (total - len(disagree)) / total:.2f} %); disagree: {disagree}")  # shown with -rA
    assert total >= 60
    assert len(disagree) <= max(2, 0.03 * total), disagree


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


def _uncached(folder: Path, entries):
    """The case files no probe cache entry of the level depends on: targets whose first run
    was not kept (a MindSpore crash, or a compile that outlasted the timeout on a busy
    machine). Only the entries that level's run wrote count: the other level's entry for
    the same file says nothing of this one (a file whose LAX result was not kept but whose
    STRICT twin was would otherwise go unnoticed and start a worker in the re-run)."""
    kept = set()
    for entry in entries:
        for path in json.loads(entry.read_text())["depends"]:
            kept.add(os.path.realpath(path))
    return {p.name for p in folder.glob("*.py") if os.path.realpath(p) not in kept}


def test_cached_rerun_needs_no_compile_and_is_identical(probe_runs, cases_copy, tmp_path):
    # Targets the first run could not keep are set aside for the re-run (a crash or a timeout
    # is the machine's, never cached): the rest must all come from the cache, unchanged.
    uncached = _uncached(cases_copy, probe_runs["LAX"]["entries"])
    assert len(uncached) <= 3, sorted(uncached)
    aside = tmp_path / "aside"
    aside.mkdir()
    for name in uncached:
        shutil.move(str(cases_copy / name), str(aside / name))
    try:
        proc = run_cli("--isolated", "--probe", "--device", "CPU", "--jit-syntax-level", "LAX",
                       "--probe-factory", "*.py::make", "--format", "json", "-j", "2", ".", cwd=cases_copy,
                       env=_without_mindspore(tmp_path))
    finally:
        for name in uncached:
            shutil.move(str(aside / name), str(cases_copy / name))
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    expected = [f for f in probe_runs["LAX"]["findings"] if f["path"] not in uncached]
    found = json.loads(proc.stdout)["findings"]
    if uncached:
        # an inconclusive reason counts the factories that failed: the set-aside ones are no
        # longer among them, so only the reasons' wording may differ (CI of stop 32)
        found, expected = _without_reasons(found), _without_reasons(expected)
    assert found == expected


def _without_reasons(findings):
    return [dict(f, probe={k: v for k, v in f["probe"].items() if k != "reason"}) for f in findings]


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


def _default_signals():
    """A CLI started from a terminal gets SIGINT and SIGTERM with their default meaning; a test
    run launched in the background (`cmd &` in a script, `nohup`) ignores SIGINT, and Python
    then keeps ignoring it: give the child what a user's shell gives it."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _stop_while_compiling(tmp_path, how, starting=False):
    """Start a probe whose target hangs, send ``how`` once a worker runs it (or, with
    ``starting``, once a worker exists, while it imports MindSpore); return the CLI's
    exit status, its stderr, the workers it had and what its temporary folder holds.

    The run gets a temporary folder of its own (TMPDIR) and its workers are told from
    other runs' by their parent, so probes running beside the test cannot disturb it."""
    (tmp_path / "hang.py").write_text("import time\nimport mindspore\ndef make():\n    time.sleep(600)\n")
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    env = dict(os.environ, PYTHONPATH=str(ROOT), TMPDIR=str(private_tmp))
    proc = subprocess.Popen([sys.executable, "-m", "msgraph_lint", "--probe", "--probe-factory", "hang.py::make",
                             "--no-cache", "hang.py"], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=_default_signals)
    workers = set()
    deadline = time.time() + 180
    while time.time() < deadline and proc.poll() is None:  # until a worker is running the target
        ps = subprocess.run(["pgrep", "-P", str(proc.pid), "-f", "msgraph_lint.probe.worker"],
                            capture_output=True, text=True)
        workers.update(int(pid) for pid in ps.stdout.split())
        if workers and (starting or any(p.name.startswith("target") for p in private_tmp.glob("msgraph-probe-*/*"))):
            break
        time.sleep(0.1 if starting else 0.5)
    assert workers, "no worker started"
    if not starting:
        time.sleep(2)
    proc.send_signal(how)
    _, err = proc.communicate(timeout=120)
    return proc.returncode, err, workers, list(private_tmp.iterdir())


def _running(pid):
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.parametrize("starting", [False, True], ids=["compiling", "starting"])
@pytest.mark.parametrize("how, status, said", [("SIGINT", 130, "interrupted"), ("SIGTERM", 143, "terminated")])
def test_sigint_and_sigterm_leave_no_workers_or_temporary_directories(tmp_path, how, status, said, starting):
    import signal

    code, err, workers, left = _stop_while_compiling(tmp_path, getattr(signal, how), starting)
    assert code == status and said in err and "Traceback" not in err, err[-2000:]
    assert not [pid for pid in workers if _running(pid)]
    assert left == []


def test_probe_timeout_must_be_a_positive_number(tmp_path):
    (tmp_path / "a.py").write_text("import mindspore\n")
    for bad in ("0", "-5", "nan", "inf", "soon", ""):
        proc = run_cli("--probe", "--probe-timeout", bad, "a.py", cwd=tmp_path)
        assert proc.returncode == 2 and proc.stderr.count("\n") == 1, (bad, proc.stderr)
        assert "--probe-timeout" in proc.stderr and "Traceback" not in proc.stderr


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


# ----------------------------------------------------------------- the judge
# Synthetic results of the form a worker answers, judged without compiling:
# which evidence confirms which finding.
def _origin(path, line, op, text, via=(), kind="dynamic-shape"):
    return {"file": str(path), "line": line, "kind": kind, "op": op, "via": list(via), "text": text}


def _compiled_result(path, target, origins=(), lines=(), ok=True, error="", error_lines=()):
    return {"ok": ok, "stage": "compile", "target": target, "target_file": str(path), "target_kind": "cell",
            "origins": list(origins), "compiled": {str(path): sorted(lines)}, "error": error,
            "error_lines": [[str(path), n] for n in error_lines]}


def _finding(path, line, code, message, scope="Net.construct", related=None):
    from msgraph_lint.finding import Finding

    return Finding(path=str(path), line=line, col=9, code=code, message=message, scope=scope, related=related)


def _judge(tmp_path, findings, results, jobs=()):
    from msgraph_lint.probe.judge import judge
    from msgraph_lint.probe.runner import ProbeOptions

    extra = judge(findings, dict(enumerate(results)), list(jobs), ProbeOptions(root=tmp_path), "2.10.0")
    return extra


def test_evidence_on_the_findings_own_line_wins(tmp_path):
    """Line 16 `x[:k]` makes a StridedSlice (-1), line 17 `ops.nonzero(x)` a NonZero (-1,2):
    each finding is confirmed by its own line, not by its neighbour's."""
    net = tmp_path / "net.py"
    slice_ = _finding(net, 16, "MSG101", "slice bound `k` is tensor data: the result has a data-dependent shape")
    nonzero = _finding(net, 17, "MSG103", "`nonzero` returns a data-dependent shape")
    result = _compiled_result(net, "Net", lines=range(14, 19), origins=[
        _origin(net, 16, "StridedSlice", "StridedSlice: (4,2) -> (-1,2)", via=["tensor_index_by_slice"]),
        _origin(net, 17, "NonZero", "NonZero: (4,2) -> (-1,2)", via=["nonzero"])])
    extra = _judge(tmp_path, [slice_, nonzero], [result])
    assert extra == []
    assert slice_.probe["evidence"] == "StridedSlice: (4,2) -> (-1,2)"
    assert nonzero.probe["status"] == "confirmed" and nonzero.probe["evidence"] == "NonZero: (4,2) -> (-1,2)"


def test_evidence_confirms_only_the_rule_it_supports(tmp_path):
    """A neighbour's StridedSlice does not confirm a `unique` finding; a missing kernel
    confirms the sparse-support rule but not the data-dependent-shape one."""
    net = tmp_path / "net.py"
    unique = _finding(net, 17, "MSG103", "`unique` returns a data-dependent shape")
    result = _compiled_result(net, "Net", lines=range(14, 19), origins=[
        _origin(net, 16, "StridedSlice", "StridedSlice: (4,2) -> (-1,2)", via=["tensor_index_by_slice"])])
    extra = _judge(tmp_path, [unique], [result])
    assert unique.probe["status"] == "not-reproduced"
    assert [(f.code, f.line, f.probe["evidence"]) for f in extra] == [
        ("MSG910", 16, "StridedSlice: (4,2) -> (-1,2)")]  # no rule explains that one

    sparse = tmp_path / "sparse.py"
    kernel = ("RuntimeError: Kernel select failed: Unsupported op [SparseMatrixSparseMatMul] on CPU, Please "
              "confirm whether the device target setting is correct.")
    shape = _finding(sparse, 10, "MSG103", "`csr_mm` returns a data-dependent shape")
    device = _finding(sparse, 10, "MSG301", "`csr_mm` is not supported in graph mode on CPU")
    failed = _compiled_result(sparse, "Net", ok=False, error=kernel, error_lines=[10], lines=[8, 9, 10])
    assert _judge(tmp_path, [shape, device], [failed]) == []
    assert device.probe["status"] == "confirmed"
    assert device.probe["evidence"] == "RuntimeError: Kernel select failed: Unsupported op " \
                                       "[SparseMatrixSparseMatMul] on CPU"
    assert shape.probe["status"] == "inconclusive" and "Kernel select failed" in shape.probe["reason"]
    alone = _finding(sparse, 10, "MSG103", "`csr_mm` returns a data-dependent shape")
    extra = _judge(tmp_path, [alone], [failed])
    assert alone.probe["status"] == "inconclusive"
    assert [f.code for f in extra] == ["MSG911"]  # the error is reported, at its line, as a miss
    # A dynamic node of the op the rule names does confirm it.
    shown = _compiled_result(sparse, "Net", ok=False, error=kernel, error_lines=[10], lines=[8, 9, 10], origins=[
        _origin(sparse, 10, "SparseMatrixSparseMatMul", "SparseMatrixSparseMatMul: (2), (5) -> (-1), (-1)",
                via=["csr_mm"])])
    assert _judge(tmp_path, [shape, device], [shown]) == []
    assert shape.probe["status"] == "confirmed" and shape.probe["kind"] == "dynamic-shape"
    assert device.probe["kind"] == "compile-error"


def test_an_op_is_known_by_every_name_its_table_row_gives_it(tmp_path):
    """The static pass names a row of rules/tables/dynamic_ops.toml by one name (`sum`,
    `zeros`), MindSpore's IR by another (ReduceMean, Ones)."""
    net = tmp_path / "net.py"
    mean = _finding(net, 8, "MSG104", "`sum` gets its axis from tensor data (`k`): the output shape is "
                                      "data-dependent")
    ones = _finding(net, 9, "MSG104", "`zeros` gets its size from tensor data (`(n, 3)`): the output shape is "
                                      "data-dependent")
    result = _compiled_result(net, "Net", lines=[7, 8, 9], origins=[
        _origin(net, 8, "ReduceMean", "ReduceMean: (3,4) -> (-1)", via=["mean"]),
        _origin(net, 9, "Ones", "Ones: -> (-1,3)", via=["ones"])])
    assert _judge(tmp_path, [mean, ones], [result]) == []
    assert mean.probe["evidence"] == "ReduceMean: (3,4) -> (-1)" and ones.probe["evidence"] == "Ones: -> (-1,3)"


def test_an_error_raised_by_the_named_op_confirms_it(tmp_path):
    """At STRICT an op's own argument check rejects tensor data (the error passed through
    MindSpore's `repeat_interleave`); a missing kernel for the very host function a
    syntax rule names (`str.format` -> Format) confirms it too; any other missing kernel
    does not."""
    net = tmp_path / "net.py"
    repeat = _finding(net, 9, "MSG104", "`repeat_interleave` gets its repeats from tensor data (`v`): the output "
                                        "shape is data-dependent")
    check = ("ValueError: When handling script 'f\"{prim_name} {arg_name} must be in range of {rel_str}, \"' in "
             "graph mode, the inputs should be constant.")
    failed = _compiled_result(net, "Net", ok=False, error=check, error_lines=[9], lines=[8, 9])
    failed["error_via"] = ["check_int_range", "repeat_interleave"]
    assert _judge(tmp_path, [repeat], [failed]) == [] and repeat.probe["status"] == "confirmed"
    failed["error_via"] = ["check_int_range"]
    assert [f.code for f in _judge(tmp_path, [repeat], [failed])] == ["MSG911"]

    fmt = _finding(net, 8, "MSG505", "`str.format` is applied to tensor data in graph code: it fails to compile "
                                     "at STRICT")
    kernel = "RuntimeError: Kernel select failed: Unsupported op [Format] on CPU, Please confirm the target."
    failed = _compiled_result(net, "Net", ok=False, error=kernel, error_lines=[8], lines=[7, 8])
    assert _judge(tmp_path, [fmt], [failed]) == [] and fmt.probe["status"] == "confirmed"
    other = _finding(net, 8, "MSG505", "`np.exp` is applied to tensor data in graph code: it fails to compile "
                                       "at STRICT")
    assert [f.code for f in _judge(tmp_path, [other], [failed])] == ["MSG911"]
    assert other.probe["status"] == "inconclusive"


def test_a_branch_join_confirms_the_control_flow_rule(tmp_path):
    """`if` on line 9 with `masked_select` in one branch: the join of a dynamic and a static
    branch confirms MSG201 there; it is not an origin, so never a miss of its own."""
    net = tmp_path / "net.py"
    branch = _finding(net, 9, "MSG201", "the branches of this tensor-dependent condition leave `y` with "
                                        "different shapes")
    select = _finding(net, 10, "MSG103", "`masked_select` returns a data-dependent shape")
    result = _compiled_result(net, "Net", lines=range(8, 13), origins=[
        _origin(net, 10, "MaskedSelect", "MaskedSelect: (4,4), (4,4) -> (-1)", via=["masked_select"])])
    result["joins"] = [{"file": str(net), "line": 9, "text": "branches return (-1) and (16), joined: (-1)"}]
    assert _judge(tmp_path, [branch, select], [result]) == []
    assert branch.probe["evidence"] == "branches return (-1) and (16), joined: (-1)"
    assert select.probe["evidence"] == "MaskedSelect: (4,4), (4,4) -> (-1)"
    assert _judge(tmp_path, [select], [result]) == []  # the join alone is no MSG910


def test_evidence_speaks_only_for_code_its_target_compiled(tmp_path):
    """Two Cells side by side: A's dynamic slice on line 10 does not confirm the finding
    on line 11, in B, which no factory built; and a hazard reached through a call is
    confirmed where it really is only by a target that compiled the call."""
    net = tmp_path / "net.py"
    in_b = _finding(net, 11, "MSG101", "slice bound `k` is tensor data: the result has a data-dependent shape",
                    scope="B.construct")
    a = _compiled_result(net, "A", lines=[9, 10], origins=[
        _origin(net, 10, "StridedSlice", "StridedSlice: (4,4) -> (-1,4)", via=["tensor_index_by_slice"])])
    _judge(tmp_path, [in_b], [a])
    assert in_b.probe["status"] == "inconclusive" and "no factory builds this code" in in_b.probe["reason"]

    masks = tmp_path / "masks.py"
    via_call = _finding(net, 20, "MSG103", "`masked_select` returns a data-dependent shape", scope="C.construct",
                        related=[[str(masks), 5]])
    other = _compiled_result(tmp_path / "other.py", "D", lines=[3, 4], origins=[
        _origin(masks, 5, "MaskedSelect", "MaskedSelect: (4,4), (4,4) -> (-1)", via=["masked_select"])])
    other["compiled"][str(masks)] = [5]
    _judge(tmp_path, [via_call], [other])
    assert via_call.probe["status"] != "confirmed"
    mine = _compiled_result(net, "C", lines=[19, 20], origins=other["origins"])
    _judge(tmp_path, [via_call], [other, mine])
    assert via_call.probe["status"] == "confirmed"


def test_a_failed_factory_is_named_in_the_reason(tmp_path):
    from msgraph_lint.probe.runner import Job

    net = tmp_path / "net.py"
    finding = _finding(net, 9, "MSG103", "`unique` returns a data-dependent shape")
    factories = tmp_path / "probe_factories.py"
    job = Job(0, str(factories), "make_net", 4, frozenset({"net", "Net", "make_net"}))
    crashed = {"ok": False, "stage": "timeout",
               "error": "no answer within 5 s (the target hangs or compiles too slowly); the worker was stopped"}
    extra = _judge(tmp_path, [finding], [crashed], jobs=[job])
    assert [f.code for f in extra] == ["MSG912"]
    reason = finding.probe["reason"]
    assert "no factory builds this code" not in reason
    assert "make_net (probe_factories.py:4)" in reason and "timeout" in reason and "no answer within 5 s" in reason
    unrelated = Job(0, str(factories), "make_other", 4, frozenset({"other", "Other"}))
    _judge(tmp_path, [finding], [crashed], jobs=[unrelated])
    assert "1 factory failed before building" in finding.probe["reason"]
    assert "make_other" in finding.probe["reason"]


def test_messages_are_shortened_at_a_sentence_or_clause():
    from msgraph_lint.probe import ir

    long = "First sentence is here. " + "Second one goes on and on " * 20 + "until it ends."
    assert ir.shorten(long, 100) == "First sentence is here."
    clauses = "One clause, " + "another clause that is long " * 10 + "; and the rest " * 10 + "."
    cut = ir.shorten(clauses, 120)
    assert cut.endswith(" …") and cut[:-2].rstrip().endswith(("clause", "long", "rest"))
    assert ir.shorten("a" * 500, 100) == "a" * 500  # no place to cut: whole
    assert ir.error_evidence("RuntimeError: Kernel select failed: Unsupported op [Unique2] on CPU, Please "
                             "confirm the device. More text.") == \
        "RuntimeError: Kernel select failed: Unsupported op [Unique2] on CPU"


# ------------------------------------------------------------ a cache never wrong
SHOP_MASKS = """from mindspore import ops

from .util import select


def positives(x):
    return select(x, x > 0)


def distinct(x):
    return ops.unique(x)[0]
"""

SHOP_UTIL = """from mindspore import ops


def select(x, mask):
    return ops.masked_select(x, mask)
"""

SHOP_NETS = """import numpy as np
import mindspore as ms
from mindspore import nn

from .masks import distinct, positives


class Net(nn.Cell):
    def construct(self, x):
        a = positives(x)
        b = distinct(x)
        return a, b


def make():
    return Net(), (ms.Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 4),)
"""


def _shop(tmp_path):
    shop = tmp_path / "shop"
    shop.mkdir()
    (shop / "__init__.py").write_text("")
    (shop / "util.py").write_text(SHOP_UTIL)
    (shop / "masks.py").write_text(SHOP_MASKS)
    (shop / "nets.py").write_text(SHOP_NETS)
    return shop


def _verdicts(findings):
    return sorted((f["path"], f["line"], f["code"], f["probe"]["status"], f["probe"].get("evidence", "").split(":")[0],
                   tuple(tuple(r) for r in f.get("related") or ())) for f in findings)


def test_editing_an_imported_module_keeps_the_verdicts_right(tmp_path):
    """A Cell in shop/nets.py reaches hazards in shop/masks.py (and shop/util.py). Two
    comment lines added at the top of masks.py: the rerun compiles again, both hazards
    stay confirmed where they now are, and no phantom MSG910 lands on a comment."""
    shop = _shop(tmp_path)
    first, _ = _probe(tmp_path, "LAX", factory="shop/nets.py::make")
    # every module is linted, so each hazard is reported where it is, its call related
    assert _verdicts(first) == [
        ("shop/masks.py", 11, "MSG103", "confirmed", "Unique", (("shop/nets.py", 11),)),
        ("shop/util.py", 5, "MSG103", "confirmed", "MaskedSelect", (("shop/nets.py", 10),))]
    (shop / "masks.py").write_text("# a comment\n# another\n" + SHOP_MASKS)
    second, _ = _probe(tmp_path, "LAX", factory="shop/nets.py::make")
    assert _verdicts(second) == [
        ("shop/masks.py", 13, "MSG103", "confirmed", "Unique", (("shop/nets.py", 11),)),
        ("shop/util.py", 5, "MSG103", "confirmed", "MaskedSelect", (("shop/nets.py", 10),))]


def test_editing_a_transitively_imported_helper_invalidates(tmp_path):
    """nets.py imports masks.py, which imports util.py. Unchanged, a rerun comes from the
    cache (it runs with a MindSpore that cannot be imported); after an edit to util.py
    it cannot, because the entry no longer holds."""
    project = tmp_path / "project"
    project.mkdir()
    shop = _shop(project)
    no_mindspore = _without_mindspore(tmp_path)
    first, _ = _probe(project, "LAX", factory="shop/nets.py::make")
    entries = list((project / ".msgraph_lint_cache" / "probe").glob("*.json"))
    assert len(entries) == 1
    depends = json.loads(entries[0].read_text())["depends"]
    assert sorted(os.path.relpath(p, project) for p in depends) == [
        "shop/__init__.py", "shop/masks.py", "shop/nets.py", "shop/util.py"]
    args = ("--isolated", "--probe", "--probe-factory", "shop/nets.py::make", "--format", "json", "-j", "2", ".")
    cached = run_cli(*args, cwd=project, env=no_mindspore)
    assert cached.returncode == 1 and json.loads(cached.stdout)["findings"] == first
    (shop / "util.py").write_text(SHOP_UTIL.replace("    return", "    # the same, said differently\n    return"))
    stale = run_cli(*args, cwd=project, env=no_mindspore)
    assert stale.returncode == 2 and "did not start" in stale.stderr  # it had to compile again
    again, _ = _probe(project, "LAX", factory="shop/nets.py::make")
    assert [(f["line"], f["related"]) for f in again if f["path"] == "shop/util.py"] == [(6, [["shop/nets.py", 10]])]
    assert all(f["probe"]["status"] == "confirmed" for f in again)


SIDE_BY_SIDE = """import numpy as np
import mindspore as ms
from mindspore import nn, ops


# Line 16 slices with a tensor bound (StridedSlice, -1); line 17 calls nonzero
# (NonZero, (-1,2)): each finding is confirmed by its own line.
#
#
#
#
#
class Net(nn.Cell):
    def construct(self, x, k):
        y = x * 2
        a = y[:k]
        b = ops.nonzero(x)
        return a, b


def make_net():
    x = ms.Tensor(np.array([[1, 0], [0, 2], [3, 0], [0, 0]], np.float32))
    return Net(), (x, ms.Tensor(2, ms.int64))
"""


def test_factory_patterns_in_pyproject_are_relative_to_it(tmp_path):
    """Run from a subfolder: the factory pattern in pyproject.toml is read from the
    folder of that file, and the cache is kept there."""
    project = tmp_path / "project"
    (project / "src").mkdir(parents=True)
    (project / "pyproject.toml").write_text('[tool.msgraph-lint]\nprobe-factories = ["src/*.py::make_*"]\n')
    (project / "src" / "net.py").write_text(SIDE_BY_SIDE)
    proc = run_cli("--probe", "--format", "json", "-j", "1", ".", cwd=project / "src")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr[-2000:]
    found = {(f["path"], f["line"], f["code"]): f["probe"] for f in json.loads(proc.stdout)["findings"]}
    assert set(found) == {("net.py", 16, "MSG101"), ("net.py", 17, "MSG103")}, found
    assert found["net.py", 16, "MSG101"]["evidence"] == "StridedSlice: (4,2) -> (-1,2)"
    assert found["net.py", 17, "MSG103"]["evidence"] == "NonZero: (4,2) -> (-1,2)"
    assert (project / ".msgraph_lint_cache" / "probe").is_dir()
    assert not (project / "src" / ".msgraph_lint_cache").exists()


def test_a_finding_points_to_the_factory_that_failed_to_build_it(tmp_path):
    """The factory for the Cell exists but raises: the finding's reason names that factory
    and its error, not "no factory builds this code"."""
    (tmp_path / "net.py").write_text(
        "import mindspore as ms\nfrom mindspore import nn\n\n\nclass Net(nn.Cell):\n"
        "    def construct(self, x, k):\n        return x[:k]\n")
    (tmp_path / "factories").mkdir()
    (tmp_path / "factories" / "build.py").write_text(
        "import sys, os\nsys.path.insert(0, os.path.dirname(os.path.dirname(__file__)))\n"
        "from net import Net\n\n\ndef make_net():\n"
        "    raise RuntimeError('the weights are not there. Download them first.')\n")
    findings, proc = _probe(tmp_path, "LAX", factory="factories/*.py::make_*")
    assert proc.returncode == 1
    by_code = {f["code"]: f for f in findings}
    assert set(by_code) == {"MSG101", "MSG912"}
    reason = by_code["MSG101"]["probe"]["reason"]
    assert reason.startswith("the factory make_net (factories/build.py:6) that builds this code failed (factory): "
                             "RuntimeError: the weights are not there."), reason
    assert by_code["MSG912"]["path"] == "factories/build.py" and by_code["MSG912"]["line"] == 6
    assert by_code["MSG912"]["message"].endswith("Download them first.")  # whole sentences, none cut


def test_a_signal_while_a_worker_is_being_created_waits_until_it_is_held():
    """SIGTERM (or Ctrl-C) inside Popen, after the fork, used to leave a worker no one held:
    it outlived the run (seen under load). The signal now takes effect once the worker is
    recorded, so the run's cleanup stops it."""
    import signal

    from msgraph_lint.probe.runner import _signals_held

    seen = []
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: seen.append("handled"))
    try:
        with _signals_held():
            os.kill(os.getpid(), signal.SIGTERM)
            seen.append("worker recorded")
        seen.append("after")
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert seen == ["worker recorded", "handled", "after"]


def _probe_cases(tmp_path, *names):
    """Probe copies of these labelled cases (their own factories, no cache): each finding's
    probe verdict by (path, line, code); the run must find something and not crash."""
    for name in names:
        shutil.copy(CASES / name, tmp_path / name)
    proc = run_cli("--probe", "--probe-factory", "*.py::make", "--format", "json", "--no-cache", ".",
                   cwd=tmp_path)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    return {(f["path"], f["line"], f["code"]): f["probe"] for f in json.loads(proc.stdout)["findings"]}


def test_a_function_mindspore_cannot_dedent_is_confirmed_where_it_is_reported(tmp_path):
    """MSG519: MindSpore's IndentationError locates nothing but the function's first line. For
    the root (construct) that line is the finding's; for a helper the finding is at the call,
    which the compile trace gives. Both are confirmed, and no MSG911 appears."""
    found = _probe_cases(tmp_path, "syntax_col0_comment_in_construct.py", "syntax_col0_comment_in_helper_method.py")
    assert set(found) == {("syntax_col0_comment_in_construct.py", 7, "MSG519"),
                          ("syntax_col0_comment_in_helper_method.py", 13, "MSG519")}
    assert all(p["status"] == "confirmed" and "IndentationError" in p["evidence"] for p in found.values())


def test_a_name_missing_at_import_or_in_init_is_confirmed_by_pythons_error(tmp_path):
    """MSG517 at import time or at the top of __init__: no graph code compiles, but the line
    Python stops on (ImportError, AttributeError) is the finding's. It is confirmed there; the
    target that could not be built is still named (MSG912), and no MSG911 appears."""
    found = _probe_cases(tmp_path, "names_two_removed_imports.py", "names_numpy_bool_alias_in_init.py")
    assert found[("names_two_removed_imports.py", 4, "MSG517")]["status"] == "confirmed"
    assert "ImportError" in found[("names_two_removed_imports.py", 4, "MSG517")]["evidence"]
    assert found[("names_numpy_bool_alias_in_init.py", 9, "MSG517")]["status"] == "confirmed"
    assert "bool" in found[("names_numpy_bool_alias_in_init.py", 9, "MSG517")]["evidence"]
    assert {code for (_, _, code) in found} == {"MSG517", "MSG912"}
    assert all(p["status"] == "inconclusive" for (_, _, code), p in found.items() if code == "MSG912")
