"""The ``msgraph-lint`` command."""
from __future__ import annotations

import argparse
import os
import sys
import textwrap
from dataclasses import replace
from pathlib import Path
from typing import Callable, Dict, Iterator, List, Optional, Sequence, Tuple

from . import __version__, catalog
from . import config as configuration
from .config import Config, ConfigError
from .engine import gc_paused, lint_data, lint_path, relocate
from .files import write_atomically
from .finding import Finding
from .formatters import FORMATTERS


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error in one line (argparse prints the whole usage first)."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="msgraph-lint",
        description="Find the lines of MindSpore construct() and @jit code that hurt in Graph mode.",
    )
    parser.add_argument("paths", nargs="*", help="files or directories (default: .; '-': standard input); "
                        "the single word 'rules' lists the rule catalog (use ./rules for a folder)")
    parser.add_argument("--format", choices=sorted(FORMATTERS), default="text")
    parser.add_argument("--select", help="comma-separated code prefixes to report (replaces the configured list)")
    parser.add_argument("--ignore", help="comma-separated code prefixes to skip")
    parser.add_argument("--extend-select", help="code prefixes to add to the selection")
    parser.add_argument("--preview", action="store_true", default=None, help="enable preview rules")
    parser.add_argument("--device", help="target device: CPU, GPU or Ascend (default: any)")
    parser.add_argument("--jit-syntax-level", help="LAX (MindSpore's default) or STRICT")
    parser.add_argument("--extra-cell-bases", help="comma-separated names of classes to treat as nn.Cell")
    parser.add_argument("--exclude", help="comma-separated globs to skip (replaces the defaults)")
    parser.add_argument("--extend-exclude", help="comma-separated globs to skip as well")
    parser.add_argument("--force-exclude", action="store_true", default=None,
                        help="apply the excludes to files and folders named on the command line too "
                             "(for pre-commit and editors, which name every file)")
    parser.add_argument("--no-follow-imports", dest="follow_imports", action="store_false", default=None,
                        help="check each file on its own: do not look into the project modules it imports "
                             "(Cell bases, helpers, helper objects defined elsewhere)")
    parser.add_argument("--config", metavar="PYPROJECT",
                        help="pyproject.toml to read for every file instead of each file's nearest one")
    parser.add_argument("--isolated", action="store_true", help="ignore every configuration file")
    parser.add_argument("--stdin-filename", metavar="NAME",
                        help="with '-': the name of the code read from standard input, which decides its "
                             "configuration, per-file-ignores and project folder, and is the path printed")
    parser.add_argument("--explain", metavar="CODE", help="print a rule's documentation and exit")
    parser.add_argument("--jobs", "-j", default="auto",
                        help="processes to check files with (default: auto, one per core)")
    probe = parser.add_argument_group("runtime probe (runs your code: only with --probe)")
    probe.add_argument("--probe", action="store_true",
                       help="compile the targets of each factory (and of each test, with --probe-tests) with "
                            "MindSpore and judge every finding")
    probe.add_argument("--probe-factory", action="append", metavar="FILEGLOB::NAMEGLOB",
                       help="zero-argument functions returning (target, inputs), e.g. 'tests/probe/*.py::make_*' "
                            "(repeatable; default: probe-factories in [tool.msgraph-lint])")
    probe.add_argument("--probe-timeout", default="120", metavar="SECONDS",
                       help="time allowed per target (default: 120)")
    probe.add_argument("--probe-memory", metavar="MiB",
                       help="resident memory allowed to each probe worker; a target past it is stopped and "
                            "reported inconclusive (default: probe-memory in [tool.msgraph-lint], else 4096; "
                            "0: no limit)")
    probe.add_argument("--probe-tests", action="append", metavar="PATH",
                       help="run pytest on PATH with the probe's plugin (in a child process, in a temporary "
                            "folder) and compile the project Cells and @jit functions the tests call "
                            "(repeatable; default: probe-tests in [tool.msgraph-lint])")
    probe.add_argument("--probe-pytest-args", metavar="ARGS",
                       help="more arguments for that pytest run, split as a shell would, e.g. "
                            "--probe-pytest-args='-m \"not slow\"' (default: probe-pytest-args)")
    probe.add_argument("--probe-tests-timeout", metavar="SECONDS",
                       help="time allowed to the whole test run (default: probe-tests-timeout, else 600)")
    probe.add_argument("--probe-recorded", metavar="FILE",
                       help="judge by the records a `pytest --msgraph-probe --msgraph-probe-out FILE` run "
                            "wrote, instead of running the tests")
    probe.add_argument("--no-cache", action="store_true", help="do not read or write .msgraph_lint_cache/")
    parser.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE")
    parser.add_argument("--quiet", "-q", action="store_true", help="no summary line on stderr")
    parser.add_argument("--statistics", action="store_true",
                        help="after the report, count the findings of each code (flake8's --statistics)")
    parser.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings")
    parser.add_argument("--add-noqa", action="store_true",
                        help="add '# noqa: CODE' to every line with a finding, so that only new code is held "
                             "to the rules (rewrites the files)")
    parser.add_argument("--version", action="version", version=f"msgraph-lint {__version__}")
    return parser


def _split(value: Optional[str]) -> List[str]:
    return [v.strip() for v in (value or "").replace(" ", ",").split(",") if v.strip()]


def _base_config(args, path: Optional[Path]) -> Tuple[object, Config]:
    """The configuration file that applies to ``path`` (a key naming it) and what it says."""
    if args.isolated:
        return "isolated", Config(root=Path.cwd())
    if args.config:
        pyproject = Path(args.config)
        if not pyproject.is_file():
            raise ConfigError(f"--config: {args.config} does not exist")
        pyproject = pyproject.resolve()
        return pyproject, configuration.load(pyproject)
    pyproject = configuration.find_pyproject(path if path is not None else Path.cwd())
    return pyproject, configuration.load(pyproject)


def _override(config: Config, args) -> Config:
    """The command line's options on top of a file's configuration."""
    changes = {}
    if args.select is not None:
        changes["select"] = configuration._codes("--select", _split(args.select), empty_ok=False)
    if args.ignore is not None:
        changes["ignore"] = config.ignore + configuration._codes("--ignore", _split(args.ignore))
    if args.extend_select is not None:
        changes["extend_select"] = config.extend_select + configuration._codes(
            "--extend-select", _split(args.extend_select))
    if args.preview:
        changes["preview"] = True
    if args.device is not None:
        changes["device"] = configuration.device_value(args.device)
    if args.jit_syntax_level is not None:
        changes["jit_syntax_level"] = configuration.level_value(args.jit_syntax_level)
    if args.follow_imports is not None:
        changes["follow_imports"] = args.follow_imports
    if args.extra_cell_bases is not None:
        changes["extra_cell_bases"] = config.extra_cell_bases + tuple(_split(args.extra_cell_bases))
    if args.exclude is not None:
        changes["exclude"] = tuple(_split(args.exclude))
    if args.extend_exclude is not None:
        changes["extend_exclude"] = config.extend_exclude + tuple(_split(args.extend_exclude))
    if args.force_exclude:
        changes["force_exclude"] = True
    if args.probe_memory is not None:
        changes["probe_memory"] = configuration.memory_value("--probe-memory", args.probe_memory)
    if args.probe_pytest_args is not None:
        changes["probe_pytest_args"] = configuration.pytest_args_value(
            "--probe-pytest-args", args.probe_pytest_args)
    if args.probe_tests_timeout is not None:
        changes["probe_tests_timeout"] = configuration.seconds_value(
            "--probe-tests-timeout", args.probe_tests_timeout)
    return replace(config, **changes)


def _seconds(option: str, value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = float("nan")
    if not 0 < seconds < float("inf"):
        raise ConfigError(f"{option}: expected a positive number of seconds, got {value!r}")
    return seconds


class Resolver:
    """The configuration of each path: its nearest ``[tool.msgraph-lint]``, then the command line.

    Called with a path; raises ConfigError for a bad table or option.
    """

    def __init__(self, args) -> None:
        self.args = args
        self._configs: Dict[object, Config] = {}

    def __call__(self, path: Optional[Path] = None) -> Config:
        key, base = _base_config(self.args, path)
        if key not in self._configs:
            self._configs[key] = _override(base, self.args)
        return self._configs[key]


def resolve_config(args) -> Config:
    """The configuration of the first path (or the working directory): probe options and the summary."""
    first = next((p for p in args.paths if p != "-"), None) or args.stdin_filename
    return Resolver(args)(Path(first) if first else None)


def _resolver(config) -> Callable[[Path], Config]:
    return config if callable(config) else (lambda path: config)


def iter_files(paths: Sequence[str], config) -> Iterator[str]:
    """Python files under ``paths``; files named explicitly are checked unless ``force-exclude`` says not.

    ``config`` is one Config for every path, or a function giving each path's.
    Each folder is pruned by its own configuration.
    """
    config_for = _resolver(config)
    seen = set()
    for raw in paths:
        path = Path(raw)
        named = config_for(path)
        if named.force_exclude and named.is_excluded_with_parents(path):
            continue
        if not path.is_dir():
            if raw not in seen:
                seen.add(raw)
                yield raw
            continue
        for root, dirs, files in os.walk(path, followlinks=False):
            root_path = Path(root)
            here = config_for(root_path)
            dirs[:] = sorted(d for d in dirs if not here.is_excluded(root_path / d)
                             and not (root_path / d).is_symlink())
            for name in sorted(files):
                if not name.endswith(".py"):
                    continue
                file_path = root_path / name
                if here.is_excluded(file_path):
                    continue
                key = os.path.normpath(str(file_path))
                if key not in seen:
                    seen.add(key)
                    yield key


def _jobs(value: str) -> int:
    if value == "auto":
        return min(os.cpu_count() or 1, 8)
    jobs = int(value)
    if jobs < 1:
        raise ValueError(value)
    return jobs


def _lint_in_worker(batch: List[Tuple[str, Config]]) -> List[Finding]:
    return _lint_serial(batch)


# Below this many files per process, starting processes costs more than it saves.
_FILES_PER_JOB = 32


def _lint_serial(batch: List[Tuple[str, Config]]) -> List[Finding]:
    # The cyclic collector costs about a tenth of the run and finds nothing in
    # syntax trees; collect now and then instead.
    import gc

    findings = []
    with gc_paused():
        for i, (path, config) in enumerate(batch, 1):
            findings.extend(lint_path(path, config))
            if i % 256 == 0:
                gc.collect()
                gc.freeze()  # what survives (the project's modules) is kept to the end
    return findings


def lint_files(files: List[str], config, jobs: int) -> List[Finding]:
    """Check files, each with its configuration (one Config, or a function of the path);
    in parallel where it pays (fork-based pools only)."""
    config_for = _resolver(config)
    batch = [(path, config_for(Path(path))) for path in files]
    jobs = min(jobs, len(files) // _FILES_PER_JOB)
    import multiprocessing

    if jobs < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return _lint_serial(batch)
    context = multiprocessing.get_context("fork")
    size = max(1, len(batch) // (jobs * 8))
    batches = [batch[i:i + size] for i in range(0, len(batch), size)]
    with context.Pool(jobs) as pool:
        chunks = pool.map(_lint_in_worker, batches, chunksize=1)
    return [f for chunk in chunks for f in chunk]


def print_rules(out) -> None:
    rules = catalog.load_rules()
    out.write(f"{'code':<8}{'symbol':<36}{'status':<9}{'levels':<12}{'devices':<18}name\n")
    for rule in rules.values():
        levels = "/".join(rule.levels)
        devices = "/".join(rule.devices)
        out.write(f"{rule.code:<8}{rule.symbol:<36}{rule.status:<9}{levels:<12}{devices:<18}{rule.name}\n")


def explain(code: str, out) -> int:
    rules = catalog.load_rules()
    rule = rules.get(code.upper()) or catalog.by_symbol().get(code)
    if rule is None:
        sys.stderr.write(f"msgraph-lint: error: unknown rule {code!r} (see 'msgraph-lint rules')\n")
        return 2
    out.write(render_for_terminal(rule))
    out.flush()
    return 0


def render_for_terminal(rule: catalog.Rule, width: int = 79) -> str:
    """A rule's page as plain text: the sections of docs/rules/<code>.md, without markdown."""
    def para(text: str, indent: str = "  ") -> List[str]:
        blocks = [" ".join(block.split()) for block in text.strip().split("\n\n") if block.strip()]
        lines: List[str] = []
        for i, block in enumerate(blocks):
            if i:
                lines.append("")
            lines.extend(textwrap.wrap(block, width, initial_indent=indent, subsequent_indent=indent,
                                       break_on_hyphens=False, break_long_words=False))
        return lines

    def code(example: str) -> List[str]:
        return ["    " + line if line.strip() else "" for line in example.strip("\n").splitlines()]

    status = rule.status + (" (off by default: enable with --preview or by its code)" if rule.preview else "")
    facts = [("family", rule.family), ("status", status), ("severity", rule.severity),
             ("devices", ", ".join(rule.devices)), ("jit_syntax_level", ", ".join(rule.levels)),
             ("verified on", f"MindSpore {rule.verified}"), ("message", rule.message)]
    lines = [f"{rule.code} {rule.symbol}: {rule.name}", ""]
    lines += [f"  {key:<18}{value}" for key, value in facts]
    lines += ["", "What it does", *para(rule.name + "."), "", "Why is this bad?", *para(rule.rationale)]
    for i, bad in enumerate(rule.bad):
        lines += ["", "Example"] if i == 0 else [""]
        lines += code(bad)
    lines += ["", "Use instead", *para(rule.fix)]
    for good in rule.good:
        lines += ["", *code(good)]
    options = rule.options or (f"--jit-syntax-level and --device decide whether it applies; silence one "
                               f"line with `# noqa: {rule.code}`.")
    lines += ["", "Options", *para(options), "", f"Online: {rule.doc_url}"]
    return "\n".join(lines) + "\n"


def main(argv: Optional[Sequence[str]] = None) -> int:
    try:
        return _main(argv)
    except KeyboardInterrupt:
        # Workers and temporary directories are cleaned up on the way out.
        sys.stderr.write("msgraph-lint: interrupted\n")
        return 130
    except BrokenPipeError:
        # The reader went away (`msgraph-lint rules | head -2`): stop quietly
        # and successfully, as ruff and ripgrep do.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # the flush at exit must not fail again
        except (OSError, ValueError):
            pass
        return 0


def _usage(message: str) -> int:
    sys.stderr.write(f"msgraph-lint: error: {message}\n")
    return 2


def _main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    out = sys.stdout
    try:
        if args.explain:
            return explain(args.explain, out)
        if args.paths == ["rules"]:
            print_rules(out)
            out.flush()
            return 0
        config = resolve_config(args)
        args.probe_timeout = _seconds("--probe-timeout", args.probe_timeout)
    except ConfigError as exc:
        return _usage(str(exc))
    paths = args.paths or (["-"] if args.stdin_filename else ["."])
    stdin = "-" in paths
    if args.stdin_filename and not stdin:
        return _usage("--stdin-filename: the code to name is read from '-', which is not among the paths")
    if stdin and args.add_noqa:
        return _usage("--add-noqa: cannot rewrite standard input")
    if args.add_noqa and args.probe:
        return _usage("--add-noqa and --probe do not go together")
    missing = [p for p in paths if p != "-" and not os.path.lexists(p)]
    if missing:
        return _usage(f"{missing[0]}: no such file or directory")
    if args.output:
        folder = os.path.dirname(os.path.abspath(args.output))
        if not os.path.isdir(folder):
            return _usage(f"--output: {args.output}: the folder {folder} does not exist")
    try:
        jobs = _jobs(args.jobs)
    except ValueError:
        return _usage(f"--jobs: {args.jobs!r} is not a number or 'auto'")
    options = None
    if args.probe:
        from .probe import ProbeOptions, ProbeUnavailable, check_backend, probe

        # Patterns from the command line are relative to the current folder; those
        # from pyproject.toml, and the cache, to the folder of that file.
        project = config.root or Path.cwd()
        options = ProbeOptions(device=config.device or "CPU", level=config.jit_syntax_level,
                               factories=tuple(args.probe_factory or config.probe_factories),
                               timeout=args.probe_timeout, jobs=jobs, cache=not args.no_cache,
                               root=Path.cwd(), factory_root=None if args.probe_factory else project,
                               project=project)
        if config.probe_memory is not None:
            options.memory = config.probe_memory
        # Test paths, like factory patterns: from the command line relative to the current
        # folder, from pyproject.toml relative to its folder.
        tests = [os.path.abspath(p) for p in args.probe_tests] if args.probe_tests \
            else [str(project / p) for p in config.probe_tests]
        missing_tests = [p for p in tests if not os.path.exists(p)]
        if missing_tests:
            return _usage(f"--probe-tests: {os.path.relpath(missing_tests[0])}: no such file or directory")
        options.tests = tuple(tests)
        options.pytest_args = config.probe_pytest_args
        if config.probe_tests_timeout is not None:
            options.tests_timeout = config.probe_tests_timeout
        if args.probe_recorded is not None:
            if not os.path.isfile(args.probe_recorded):
                return _usage(f"--probe-recorded: {args.probe_recorded}: no such file")
            # judged by those records alone: no tests run, no factories
            options.recorded, options.tests, options.factories = os.path.abspath(args.probe_recorded), (), ()
        # The static findings are judged on the device the probe compiles for.
        config = replace(config, device=options.device)
        if options.device != "CPU":
            # Said before any work; on CPU the first worker's start says it.
            try:
                check_backend(options)
            except ProbeUnavailable as exc:
                return _usage(f"--probe --device {options.device}: {exc}")
    resolver = Resolver(args)
    if options is not None:
        resolver = _on_device(resolver, options.device)
    try:
        files = list(iter_files([p for p in paths if p != "-"], resolver))
        findings = lint_files(files, resolver, jobs)
        if stdin:
            checked, found = _lint_stdin(args.stdin_filename, resolver)
            files += checked
            findings += found
        # one finding per hazard, at its own line, when its module is linted too
        findings = relocate(findings, files, _resolver(resolver))
    except ConfigError as exc:
        return _usage(str(exc))
    count = len(files)
    if args.add_noqa:
        return add_noqa(findings, quiet=args.quiet)
    if options is not None:
        try:
            extra, notes = probe(findings, options)
        except ProbeUnavailable as exc:
            return _usage(f"--probe: {exc}")
        findings.extend(extra)
        for note in notes:
            sys.stderr.write(f"msgraph-lint: {note}\n")
    findings.sort(key=Finding.sort_key)
    report = FORMATTERS[args.format](findings)
    stats = statistics(findings) if args.statistics else ""
    if args.format == "text":
        report, stats = report + stats, ""
    if args.output:
        try:
            Path(args.output).write_text(report, encoding="utf-8")
        except OSError as exc:
            return _usage(f"--output: cannot write {args.output}: {exc.strerror or exc}")
    else:
        out.write(report)
        out.flush()
    if stats:
        sys.stderr.write(stats)
    if not args.quiet:
        noun = "finding" if len(findings) == 1 else "findings"
        sys.stderr.write(f"msgraph-lint: {len(findings)} {noun} in {count} file{'s' if count != 1 else ''} "
                         f"(level {config.jit_syntax_level}, device {config.device or 'any'})\n")
    if options is not None:
        verdicts = [f.probe.get("status") if f.probe else "inconclusive" for f in findings]
        failing = sum(1 for v in verdicts if v in ("confirmed", "inconclusive"))
        if not args.quiet:
            counts = {v: verdicts.count(v) for v in ("confirmed", "not-reproduced", "inconclusive")}
            sys.stderr.write("msgraph-lint: probe on {}: {} confirmed, {} not reproduced, {} inconclusive\n"
                             .format(options.device, counts["confirmed"], counts["not-reproduced"],
                                     counts["inconclusive"]))
        return 1 if failing and not args.exit_zero else 0
    if findings and not args.exit_zero:
        return 1
    return 0


def _on_device(resolver: Callable[[Path], Config], device: str) -> Callable[[Path], Config]:
    """Every file's configuration judged on the device the probe compiles for."""
    def config_for(path: Optional[Path] = None) -> Config:
        return replace(resolver(path), device=device)
    return config_for


def _lint_stdin(name: Optional[str], resolver) -> Tuple[List[str], List[Finding]]:
    """Check the code on standard input as if it were the file ``name``."""
    config = resolver(Path(name) if name else None)
    if name and config.force_exclude and config.is_excluded_with_parents(Path(name)):
        sys.stdin.buffer.read()
        return [], []
    data = sys.stdin.buffer.read()
    shown = name or "-"
    with gc_paused():
        return [shown], lint_data(data, shown, config)


def statistics(findings: List[Finding]) -> str:
    """flake8's ``--statistics``: per code, the count and the first message."""
    counts: Dict[str, int] = {}
    first: Dict[str, str] = {}
    for f in findings:
        counts[f.code] = counts.get(f.code, 0) + 1
        first.setdefault(f.code, f.message)
    return "".join(f"{counts[code]:<5} {code} {first[code]}\n" for code in sorted(counts))


def add_noqa(findings: List[Finding], quiet: bool = False) -> int:
    """Silence every finding with a ``# noqa: CODE`` on its line; never leave a broken file.

    Each rewritten text must parse to the same syntax tree and silence every
    finding it was written for, or the file is left as it was. Files are
    replaced atomically. Tool findings (MSG9xx: files that cannot be read or
    parsed) get no comment. Exit 0, or 1 when a file could not be changed.
    """
    wanted: Dict[str, Dict[int, List[str]]] = {}
    for f in findings:
        if f.code.startswith("MSG9"):
            continue
        wanted.setdefault(f.path, {}).setdefault(f.line, []).append(f.code)
    added = changed = failed = 0
    for path in sorted(wanted):
        try:
            lines = _rewrite_with_noqa(path, wanted[path])
        except (OSError, ValueError, SyntaxError, UnicodeError) as exc:
            failed += 1
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            sys.stderr.write(f"msgraph-lint: {path}: left unchanged: {reason}\n")
            continue
        if lines:
            added += lines
            changed += 1
    if not quiet:
        sys.stderr.write(f"msgraph-lint: added {added} noqa comment{'s' if added != 1 else ''} "
                         f"to {changed} file{'s' if changed != 1 else ''}\n")
    return 1 if failed else 0


def _rewrite_with_noqa(path: str, wanted: Dict[int, List[str]]) -> int:
    import ast
    import io
    import tokenize

    from . import noqa
    from .engine import decode

    real = os.path.realpath(path)
    with open(real, "rb") as fh:
        data = fh.read()
    encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    source = decode(data)
    text, lines = noqa.add_noqa(source, wanted)
    if not lines:
        return 0
    new = text.encode(encoding)
    if data.startswith(b"\xef\xbb\xbf") and not new.startswith(b"\xef\xbb\xbf"):
        new = b"\xef\xbb\xbf" + new
    # Never break a file: same syntax tree, and every finding now silenced.
    if decode(new) != text:
        raise ValueError("the comment would not survive the file's encoding")
    if ast.dump(ast.parse(text)) != ast.dump(ast.parse(source)):
        raise ValueError("a comment there would change the code")
    probes = [Finding(path=path, line=line, col=1, code=code, message="")
              for line, codes in wanted.items() for code in codes]
    if noqa.apply_noqa(probes, text):
        raise ValueError(f"no place for a comment that silences line {noqa.apply_noqa(probes, text)[0].line}")
    write_atomically(real, new, mode=os.stat(real).st_mode & 0o7777)
    return lines
