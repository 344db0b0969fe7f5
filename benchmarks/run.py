#!/usr/bin/env python3
"""Benchmark msgraph-lint on the pinned real-world corpus (see corpus.py).

    python benchmarks/run.py [--repeat N] [--json OUT] [--python PATH] [--pylint]
                             [--corpus DIR] [--timeout SECONDS] [--instructions]

Every measurement is a fresh subprocess; its CPU time (user + system of the
process and every descendant it reaped, from os.wait4) is what counts, because
wall time on a shared machine measures the neighbours too. Interpreter start-up
is included; the best of N runs is kept.
Peak RSS comes from the rusage of each reaped child (os.wait4), i.e. the
child's own high-water mark, not that of this script or of earlier children.

``--instructions`` counts executed machine instructions instead (valgrind's
cachegrind without its cache simulation, once per tool: the count does not
depend on the machine's load, so two commits compare to within a fraction of
a percent). It runs each tool about 30 times slower and leaves out the
multi-process CLI runs, whose workers valgrind would have to follow.

Exit status: 0 whatever the figures are (this is a benchmark, not a test);
2 if a tool that is available failed to run (its stderr is printed).
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import corpus as corpus_mod  # noqa: E402

SHIM = HERE / "flake8_shim.py"

TARGET_CLI_OVER_FLOOR = 2.0
TARGET_PLUGIN_OVERHEAD = 0.10
TARGET_RSS_MB = 100.0
TARGET_INDEX_OVERHEAD = 0.20   # following imports into other project modules
TARGET_PYLINT_OVERHEAD = 0.10  # loading the pylint plugin

# Reads and ast.parse()s every .py file once; no analysis. The floor any AST linter pays.
PARSE_FLOOR = r"""
import ast, os, sys
root = sys.argv[1]
files = bad = 0
for dirpath, dirnames, filenames in os.walk(root):
    dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
    for name in sorted(filenames):
        if name.endswith(".py"):
            path = os.path.join(dirpath, name)
            with open(path, "rb") as fh:
                source = fh.read()
            files += 1
            try:
                ast.parse(source, path)
            except (SyntaxError, ValueError) as exc:
                bad += 1
                print(f"{path}: {type(exc).__name__}: {exc}", file=sys.stderr)
print(files, bad)
"""

PYLINT_PROBE = r"""
import importlib, json, sys
importlib.import_module(sys.argv[1])  # pylint itself would swallow an ImportError here
from pylint.lint import PyLinter
linter = PyLinter()
linter.load_default_plugins()
before = {id(c) for c in linter.get_checkers()}
linter.load_plugin_modules([sys.argv[1]])
new = [c for c in linter.get_checkers() if id(c) not in before]
print(json.dumps(sorted({msgid for c in new for msgid in getattr(c, "msgs", {})})))
"""


@dataclass
class RunResult:
    seconds: float          # CPU time: user + system of the process and the children it reaped
    returncode: int
    maxrss_kb: int | None
    stdout: str
    stderr: str
    timed_out: bool = False
    wall: float = 0.0


@dataclass
class Measurement:
    name: str
    label: str
    command: list[str] = field(default_factory=list)
    status: str = "pending"          # ok | not available | skipped | failed
    note: str = ""
    times: list[float] = field(default_factory=list)
    exit_codes: list[int] = field(default_factory=list)
    maxrss_mb: float | None = None
    output_lines: int | None = None
    findings: int | None = None
    stderr: str = ""

    @property
    def best(self) -> float | None:
        return min(self.times) if self.times else None

    def to_json(self) -> dict:
        return {
            "label": self.label, "status": self.status, "note": self.note or None,
            "command": self.command, "times_s": [round(t, 4) for t in self.times],
            "best_s": None if self.best is None else round(self.best, 4),
            "median_s": round(statistics.median(self.times), 4) if self.times else None,
            "exit_codes": self.exit_codes,
            "peak_rss_mb": None if self.maxrss_mb is None else round(self.maxrss_mb, 1),
            "output_lines": self.output_lines, "findings": self.findings,
        }


def _rss_to_mb(ru_maxrss: int) -> float:
    # Linux reports KiB, macOS bytes.
    return ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else ru_maxrss / 1024


VALGRIND = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
_INSTRUCTIONS = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(stderr: str) -> float | None:
    """Billions of instructions from cachegrind's summary on stderr (the last one printed)."""
    found = _INSTRUCTIONS.findall(stderr)
    return int(found[-1].replace(",", "")) / 1e9 if found else None


def child_env() -> dict:
    """The environment of every measured run: this one, but byte-compiled modules are
    written and used. An installed tool runs from its .pyc files (pip writes them at
    install time); with PYTHONDONTWRITEBYTECODE set, every run would compile the
    tools' sources again and time the compiler."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_once(cmd: list[str], *, cwd: Path, timeout: float, env: dict | None = None) -> RunResult:
    """Spawn cmd, wait for it with os.wait4 to get its own rusage, time it with perf_counter."""
    if env is None:
        env = child_env()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                env=env)
        timed_out = threading.Event()
        reaped = threading.Lock()

        def kill() -> None:
            with reaped:
                if proc.returncode is None:
                    timed_out.set()
                    try:
                        os.kill(proc.pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass

        timer = threading.Timer(timeout, kill)
        timer.daemon = True
        timer.start()
        try:
            if hasattr(os, "wait4"):
                _, status, usage = os.wait4(proc.pid, 0)
                wall = time.perf_counter() - start
                with reaped:
                    proc.returncode = os.waitstatus_to_exitcode(status)
                maxrss = usage.ru_maxrss
                # the child's own CPU time plus that of every descendant it waited for
                cpu = usage.ru_utime + usage.ru_stime
            else:  # pragma: no cover - Windows
                proc.wait()
                wall = time.perf_counter() - start
                cpu = wall
                maxrss = None
        finally:
            timer.cancel()
        out.seek(0)
        err.seek(0)
        return RunResult(cpu, proc.returncode, maxrss,
                         out.read().decode("utf-8", "replace"),
                         err.read().decode("utf-8", "replace"), timed_out.is_set(), wall)


def probe(python: str, code: str, *args: str, cwd: Path) -> tuple[bool, str]:
    proc = subprocess.run([python, "-c", code, *args], cwd=cwd, capture_output=True, text=True,
                          env=child_env())
    if proc.returncode != 0:
        lines = (proc.stderr or proc.stdout).strip().splitlines()
        return False, lines[-1] if lines else f"exit code {proc.returncode}"
    return True, proc.stdout.strip()


def parse_json_report(text: str):
    """The CLI's JSON report: one document, or JSON lines. Raises ValueError if neither."""
    try:
        return json.loads(text)
    except ValueError:
        lines = [line for line in text.splitlines() if line.strip()]
        if not lines:
            raise
        return [json.loads(line) for line in lines]


def count_json_findings(text: str) -> int | None:
    try:
        data = parse_json_report(text)
    except ValueError:
        return None
    if isinstance(data, list):
        return len(data)
    if isinstance(data, dict):
        for key in ("findings", "diagnostics", "results", "violations", "errors", "messages"):
            if isinstance(data.get(key), list):
                return len(data[key])
    return None


def measure_once(m: Measurement, i: int, *, repeat: int, cwd: Path, timeout: float, ok_codes,
                 findings=None, log, count_instructions: bool = False) -> bool:
    """Run m's command once more (run number i); False if it failed."""
    # A fresh, empty working directory per run: nothing one run leaves behind can help the next.
    with tempfile.TemporaryDirectory(dir=cwd) as rundir:
        r = run_once((VALGRIND if count_instructions else []) + m.command, cwd=Path(rundir), timeout=timeout)
    if count_instructions:
        counted = instructions(r.stderr)
        if counted is None and not r.timed_out:
            r.returncode, r.stderr = -1, r.stderr + "\n(run.py: no instruction count from valgrind)"
        r.seconds, r.maxrss_kb = counted or 0.0, None  # the figure is billions of instructions
    m.exit_codes.append(r.returncode)
    if r.timed_out or not ok_codes(r):
        m.status = "failed"
        m.note = (f"timed out after {timeout:g} s" if r.timed_out
                  else f"exit code {r.returncode}")
        m.stderr = (r.stderr.strip() or r.stdout.strip())[-4000:]
        log(f"  {m.label}: FAILED ({m.note})")
        return False
    m.times.append(r.seconds)
    if r.maxrss_kb is not None:
        rss = _rss_to_mb(r.maxrss_kb)
        m.maxrss_mb = rss if m.maxrss_mb is None else max(m.maxrss_mb, rss)
    if i == 0:
        m.output_lines = len(r.stdout.splitlines())
        m.findings = findings(r) if findings else None
        m.stderr = r.stderr.strip()
    log(f"  {m.label}: run {i + 1}/{repeat} {r.seconds:.3f} {'G instructions' if count_instructions else 's'}"
        f"  rc={r.returncode}")
    if i + 1 == repeat:
        m.status = "ok"
    return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement, best kept (3)")
    ap.add_argument("--json", type=Path, metavar="OUT", help="write the results as JSON to OUT")
    ap.add_argument("--python", default=sys.executable,
                    help="interpreter that runs the tools (default: this one)")
    ap.add_argument("--corpus", type=Path, default=corpus_mod.DEFAULT_DEST,
                    help="corpus directory; downloaded if missing (default: benchmarks/.corpus)")
    ap.add_argument("--pylint", action="store_true",
                    help="also measure pylint with and without msgraph_lint.pylint_plugin")
    ap.add_argument("--timeout", type=float, default=None,
                    help="per-run time limit in seconds (900; 36000 with --instructions)")
    ap.add_argument("--instructions", action="store_true",
                    help="count instructions under valgrind instead of timing (once per tool, "
                         "single-process runs only; slow but independent of the machine's load)")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress lines on stderr")
    args = ap.parse_args(argv)
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    if args.instructions:
        if shutil.which("valgrind") is None:
            print("run: --instructions needs valgrind on PATH", file=sys.stderr)
            return 2
        args.repeat = 1  # the count is the same every time
    if args.timeout is None:
        args.timeout = 36000.0 if args.instructions else 900.0  # valgrind runs a tool ~30x slower
    log = (lambda s: None) if args.quiet else (lambda s: print(s, file=sys.stderr, flush=True))
    started = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")

    try:
        root = corpus_mod.ensure_corpus(args.corpus, quiet=args.quiet)
    except corpus_mod.CorpusError as exc:
        print(f"run: corpus: {exc}", file=sys.stderr)
        return 2
    stats = corpus_mod.corpus_stats(root)
    py = args.python
    # A neutral working directory: no project config files, nothing importable by accident.
    # (removed at exit by TemporaryDirectory's finalizer, even after an exception)
    workdir_handle = tempfile.TemporaryDirectory(prefix="msgraph-bench-")
    workdir = Path(workdir_handle.name)
    corpus_arg = str(root)

    ok, pyinfo = probe(py, "import json,platform,sys;print(json.dumps("
                           "[platform.python_version(),platform.python_implementation(),"
                           "sys.executable]))", cwd=workdir)
    if not ok:
        print(f"run: cannot run --python {py}: {pyinfo}", file=sys.stderr)
        return 2
    py_version, py_impl, py_exe = json.loads(pyinfo)

    versions: dict[str, str | None] = {}
    for mod in ("flake8", "pylint", "msgraph_lint"):
        ok, out = probe(py, f"import importlib.metadata as m\ntry: print(m.version({mod!r}))\n"
                            f"except m.PackageNotFoundError:\n import {mod}; "
                            f"print(getattr({mod}, '__version__', '?'))", cwd=workdir)
        versions[mod] = out if ok else None

    # Importing every module once writes the .pyc files the measured runs will load.
    cli_ok, cli_why = probe(py, "import compileall, os, msgraph_lint; compileall.compile_dir("
                                "os.path.dirname(msgraph_lint.__file__), quiet=2)", cwd=workdir)
    cli_isolated = False
    if cli_ok:
        help_run = subprocess.run([py, "-m", "msgraph_lint", "--help"], cwd=workdir,
                                  capture_output=True, text=True)
        if help_run.returncode != 0:
            cli_ok, cli_why = False, ("`python -m msgraph_lint --help` exited "
                                      f"{help_run.returncode}: "
                                      + (help_run.stderr.strip().splitlines() or [""])[-1])
        # The corpus lives inside the repo, whose pyproject.toml excludes it: ignore config.
        cli_isolated = "--isolated" in help_run.stdout
    ok, plugin_info = probe(py, "import runpy,sys;sys.argv=['x','probe'];"
                                f"runpy.run_path({str(SHIM)!r},run_name='__main__')", cwd=workdir)
    flake8_ok = ok
    plugins = json.loads(plugin_info) if ok and plugin_info.startswith("[") else []
    plugin_why = "" if plugins else ("flake8 not importable: " + plugin_info if not ok else
                                     "no flake8 plugin with code prefix MSG is registered "
                                     "(is msgraph-lint installed?)")

    select = "--select=E,F,W,C90,MSG"
    ms = {
        "parse_floor": Measurement("parse_floor", "parse floor (read + ast.parse)",
                                   [py, "-c", PARSE_FLOOR, corpus_arg]),
        "cli": Measurement("cli", "msgraph-lint CLI",
                           [py, "-m", "msgraph_lint", "--format", "json",
                            *(["--isolated"] if cli_isolated else []), corpus_arg]),
        # one process, for comparison with flake8 -j1 and the single-process floor
        "cli_j1": Measurement("cli_j1", "msgraph-lint CLI -j1",
                              [py, "-m", "msgraph_lint", "--format", "json", "-j", "1",
                               *(["--isolated"] if cli_isolated else []), corpus_arg]),
        # the same without the project index (each file on its own)
        "cli_no_follow": Measurement("cli_no_follow", "msgraph-lint --no-follow-imports",
                                     [py, "-m", "msgraph_lint", "--format", "json", "--no-follow-imports",
                                      *(["--isolated"] if cli_isolated else []), corpus_arg]),
        "cli_j1_no_follow": Measurement("cli_j1_no_follow", "msgraph-lint -j1 --no-follow-imports",
                                        [py, "-m", "msgraph_lint", "--format", "json", "-j", "1",
                                         "--no-follow-imports",
                                         *(["--isolated"] if cli_isolated else []), corpus_arg]),
        "flake8": Measurement("flake8", "flake8 -j1 (plugin removed)",
                              [py, str(SHIM), "without", "--isolated", "-j1", select, corpus_arg]),
        "flake8_plugin": Measurement("flake8_plugin", "flake8 -j1 + MSG plugin",
                                     [py, str(SHIM), "with", "--isolated", "-j1", select,
                                      corpus_arg]),
    }
    pylint_base = [py, "-m", "pylint", "--disable=all", "--enable=unused-import",
                   "--persistent=n", "--score=n", "--recursive=y", "-j1"]
    if args.pylint:
        ms["pylint"] = Measurement("pylint", "pylint unused-import", [*pylint_base, corpus_arg])
        ms["pylint_plugin"] = Measurement("pylint_plugin", "pylint unused-import + plugin")

    log(f"corpus: {stats['files']} files, {stats['lines']} lines in {root}")
    log(f"python: {py_exe} ({py_impl} {py_version}), repeat={args.repeat}")

    def f8_findings(r: RunResult) -> int:
        return sum(1 for line in r.stdout.splitlines() if ": MSG" in line)

    exit_0_or_1 = lambda r: r.returncode in (0, 1)  # noqa: E731

    def cli_ok_run(r: RunResult) -> bool:
        # An uncaught exception also exits 1, like "findings": look at what was printed.
        if r.returncode not in (0, 1) or "Traceback (most recent call last)" in r.stderr:
            return False
        try:
            parse_json_report(r.stdout)
        except ValueError:
            r.stderr += "\n(run.py: the CLI's stdout is not JSON)"
            return False
        return True

    def unparsable(r: RunResult) -> int | None:  # the floor prints "<files> <failed>"
        parts = r.stdout.split()
        return int(parts[1]) if len(parts) == 2 and parts[1].isdigit() else None

    plan = [("parse_floor", lambda r: r.returncode == 0, unparsable, None)]
    multi = "skipped: several processes (not counted with --instructions)" if args.instructions else None
    plan.append(("cli", cli_ok_run, lambda r: count_json_findings(r.stdout),
                 multi or (None if cli_ok else f"not available: {cli_why}")))
    plan.append(("cli_j1", cli_ok_run, lambda r: count_json_findings(r.stdout),
                 None if cli_ok else f"not available: {cli_why}"))
    for name in ("cli_no_follow", "cli_j1_no_follow"):
        plan.append((name, cli_ok_run, lambda r: count_json_findings(r.stdout),
                     (multi if name == "cli_no_follow" else None) or
                     (None if cli_ok else f"not available: {cli_why}")))
    plan.append(("flake8", exit_0_or_1, f8_findings,
                 None if flake8_ok else f"not available: {plugin_info}"))
    plan.append(("flake8_plugin", exit_0_or_1, f8_findings,
                 None if plugins else f"not available: {plugin_why}"))
    if args.pylint:
        pylint_ok, pylint_why = probe(py, "import pylint", cwd=workdir)
        pl_ok, pl_out = probe(py, PYLINT_PROBE, "msgraph_lint.pylint_plugin", cwd=workdir)
        # pylint exit status is a bit mask: 1 fatal, 32 usage error; 2/4/8/16 are messages.
        # A plugin that fails to load is only reported as a message (E0013 bad-plugin-value).
        pl_codes = lambda r: (r.returncode >= 0 and not r.returncode & (1 | 32)  # noqa: E731
                              and "bad-plugin-value" not in r.stdout)
        pl_find = lambda r: sum(1 for line in r.stdout.splitlines()  # noqa: E731
                                if line and not line.startswith("*"))
        plan.append(("pylint", pl_codes, pl_find,
                     None if pylint_ok else f"not available: {pylint_why}"))
        if pl_ok:
            msgids = json.loads(pl_out)
            # With --disable=all the plugin's checkers would be skipped by pylint; enable them.
            enable = ",".join(["unused-import", *msgids])
            ms["pylint_plugin"].command = [*pylint_base[:4], f"--enable={enable}", *pylint_base[4:],
                                           "--load-plugins=msgraph_lint.pylint_plugin", corpus_arg]
            ms["pylint_plugin"].note = (f"plugin messages enabled: {', '.join(msgids)}"
                                        if msgids else "plugin registered no messages")
        plan.append(("pylint_plugin", pl_codes, pl_find,
                     None if pl_ok and pylint_ok else
                     "skipped: msgraph_lint.pylint_plugin is not importable"
                     f" ({pl_out if not pl_ok else pylint_why})"))

    failed = []
    active = []
    for name, ok_codes, findings, unavailable in plan:
        m = ms[name]
        if unavailable:
            m.status = unavailable.split(":", 1)[0]
            m.note = unavailable.split(":", 1)[1].strip()
            log(f"  {m.label}: {m.status} ({m.note})")
        else:
            active.append((m, ok_codes, findings))
    # Rounds: every tool once per round, so slow drift in machine load (other
    # processes on a shared box) hits baseline and plugin runs alike.
    for i in range(args.repeat):
        for m, ok_codes, findings in active:
            if m.status == "failed":
                continue
            if not measure_once(m, i, repeat=args.repeat, cwd=workdir, timeout=args.timeout,
                                ok_codes=ok_codes, findings=findings, log=log,
                                count_instructions=args.instructions):
                failed.append(m)

    def ratio(num: str, den: str, minus_one: bool = False) -> float | None:
        a, b = ms.get(num), ms.get(den)
        if not a or not b or a.best is None or not b.best:
            return None
        return a.best / b.best - (1.0 if minus_one else 0.0)

    def verdict(value, target) -> dict:
        return {"value": None if value is None else round(value, 6), "target": target,
                "met": None if value is None or target is None else value <= target}

    # The target is on one process (issue 9): with several, CPU time adds up each
    # worker's start-up and project index, which says nothing about the analysis.
    ratios = {
        "cli_over_parse_floor": verdict(ratio("cli", "parse_floor"), None),
        "cli_j1_over_parse_floor": verdict(ratio("cli_j1", "parse_floor"), TARGET_CLI_OVER_FLOOR),
        "flake8_plugin_overhead": verdict(ratio("flake8_plugin", "flake8", True),
                                          TARGET_PLUGIN_OVERHEAD),
        "cli_peak_rss_mb": verdict(ms["cli"].maxrss_mb if ms["cli"].maxrss_mb is not None
                                   else ms["cli_j1"].maxrss_mb, TARGET_RSS_MB),
        "project_index_overhead": verdict(ratio("cli", "cli_no_follow", True), TARGET_INDEX_OVERHEAD),
        "project_index_overhead_j1": verdict(ratio("cli_j1", "cli_j1_no_follow", True), None),
    }
    if args.pylint:
        ratios["pylint_plugin_overhead"] = verdict(ratio("pylint_plugin", "pylint", True),
                                                   TARGET_PYLINT_OVERHEAD)

    report = {
        "date": started,
        "machine": {
            "platform": platform.platform(), "machine": platform.machine(),
            "cpu_count": os.cpu_count(),
            "python_version": py_version, "python_implementation": py_impl,
            "python_executable": py_exe,
        },
        "tool_versions": versions,
        "corpus": {"path": str(root), **stats},
        "repeat": args.repeat,
        "unit": "G instructions" if args.instructions else "s CPU",
        "measurements": {k: v.to_json() for k, v in ms.items()},
        "ratios": ratios,
    }

    print_table(report, ms, ratios)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n")
        print(f"\nJSON written to {args.json}")
    if failed:
        for m in failed:
            print(f"\nrun: {m.label} failed ({m.note}): {' '.join(m.command[:6])} ...",
                  file=sys.stderr)
            print(m.stderr or "(no output)", file=sys.stderr)
        return 2
    return 0


def print_table(report: dict, ms: dict, ratios: dict) -> None:
    c, mach = report["corpus"], report["machine"]
    print(f"msgraph-lint benchmark  {report['date']}")
    print(f"machine: {mach['platform']}, {mach['cpu_count']} CPUs, "
          f"{mach['python_implementation']} {mach['python_version']}")
    pkgs = ", ".join(f"{k} {v['version']}" for k, v in c["packages"].items())
    print(f"corpus:  {c['files']} files, {c['lines']} lines ({pkgs})")
    counted = report.get("unit") == "G instructions"
    if counted:
        print("instructions executed (billions, valgrind cachegrind), one run each, "
              "including interpreter start-up\n")
    else:
        print(f"best of {report['repeat']} run(s), CPU time (user + system of the process tree) "
              f"including interpreter start-up\n")
    floor = ms["parse_floor"].best
    unit = "G" if counted else "s"
    print(f"{'measurement':<32} {'best ' + unit:>8} {'median ' + unit:>9} {'x floor':>8} {'peak MB':>8} "
          f"{'findings':>9}")
    print("-" * 79)
    for m in ms.values():
        if m.status != "ok":
            print(f"{m.label:<32} {m.status}: {m.note}")
            continue
        med = statistics.median(m.times)
        xf = f"{m.best / floor:.2f}" if floor else "-"
        rss = f"{m.maxrss_mb:.1f}" if m.maxrss_mb is not None else "-"
        fnd = "-" if m.findings is None else str(m.findings)
        print(f"{m.label:<32} {m.best:>8.3f} {med:>9.3f} {xf:>8} {rss:>8} {fnd:>9}")
    print()
    rows = [
        ("CLI -j1 / parse floor", ratios["cli_j1_over_parse_floor"], "x", "<= {:.1f}x"),
        ("CLI (default jobs) / floor", ratios["cli_over_parse_floor"], "x", None),
        ("flake8 plugin overhead", ratios["flake8_plugin_overhead"], "%", "<= {:.0%}"),
        ("CLI peak RSS", ratios["cli_peak_rss_mb"], "MB", "<= {:.0f} MB"),
        ("project index overhead", ratios["project_index_overhead"], "%", "<= {:.0%}"),
        ("project index, -j1", ratios["project_index_overhead_j1"], "%", None),
    ]
    if "pylint_plugin_overhead" in ratios:
        rows.append(("pylint plugin overhead", ratios["pylint_plugin_overhead"], "%", "<= {:.0%}"))
    print(f"{'ratio':<26} {'value':>10}   {'target':<12} result")
    print("-" * 60)
    for label, r, unit, target_fmt in rows:
        v = r["value"]
        if v is None:
            val = "n/a"
        elif unit == "%":
            val = f"{v:+.2%}"
        elif unit == "x":
            val = f"{v:.2f}x"
        else:
            val = f"{v:.1f} MB"
        target = target_fmt.format(r["target"]) if target_fmt else "(none)"
        result = "-" if r["met"] is None else ("met" if r["met"] else "MISSED")
        print(f"{label:<26} {val:>10}   {target:<12} {result}")


if __name__ == "__main__":
    sys.exit(main())
