"""The ``msgraph-lint`` command."""
from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Iterator, List, Optional, Sequence

from . import __version__, catalog
from . import config as configuration
from .config import Config, ConfigError
from .engine import gc_paused, lint_path
from .finding import Finding
from .formatters import FORMATTERS


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="msgraph-lint",
        description="Find the lines of MindSpore construct() and @jit code that hurt in Graph mode.",
    )
    parser.add_argument("paths", nargs="*", help="files or directories (default: .); "
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
    parser.add_argument("--no-follow-imports", dest="follow_imports", action="store_false", default=None,
                        help="check each file on its own: do not look into the project modules it imports "
                             "(Cell bases, helpers, helper objects defined elsewhere)")
    parser.add_argument("--config", metavar="PYPROJECT", help="pyproject.toml to read instead of the nearest one")
    parser.add_argument("--isolated", action="store_true", help="ignore every configuration file")
    parser.add_argument("--explain", metavar="CODE", help="print a rule's documentation and exit")
    parser.add_argument("--jobs", "-j", default="auto",
                        help="processes to check files with (default: auto, one per core)")
    probe = parser.add_argument_group("runtime probe (runs your code: only with --probe)")
    probe.add_argument("--probe", action="store_true",
                       help="compile each factory's target with MindSpore and judge every finding")
    probe.add_argument("--probe-factory", action="append", metavar="FILEGLOB::NAMEGLOB",
                       help="zero-argument functions returning (target, inputs), e.g. 'tests/probe/*.py::make_*' "
                            "(repeatable; default: probe-factories in [tool.msgraph-lint])")
    probe.add_argument("--probe-timeout", type=float, default=120.0, metavar="SECONDS",
                       help="time allowed per target (default: 120)")
    probe.add_argument("--probe-memory", metavar="MiB",
                       help="resident memory allowed to each probe worker; a target past it is stopped and "
                            "reported inconclusive (default: probe-memory in [tool.msgraph-lint], else 4096; "
                            "0: no limit)")
    probe.add_argument("--no-cache", action="store_true", help="do not read or write .msgraph_lint_cache/")
    parser.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE")
    parser.add_argument("--quiet", "-q", action="store_true", help="no summary line on stderr")
    parser.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings")
    parser.add_argument("--version", action="version", version=f"msgraph-lint {__version__}")
    return parser


def _split(value: Optional[str]) -> List[str]:
    return [v.strip() for v in (value or "").replace(" ", ",").split(",") if v.strip()]


def resolve_config(args) -> Config:
    if args.isolated:
        config = Config(root=Path.cwd())
    elif args.config:
        path = Path(args.config)
        if not path.is_file():
            raise ConfigError(f"--config: {args.config} does not exist")
        config = configuration.load(path.resolve())
    else:
        start = Path(args.paths[0]) if args.paths else Path.cwd()
        config = configuration.load(configuration.find_pyproject(start if start.exists() else Path.cwd()))
    changes = {}
    if args.select is not None:
        changes["select"] = configuration._codes("--select", _split(args.select))
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
    if args.probe_memory is not None:
        changes["probe_memory"] = configuration.memory_value("--probe-memory", args.probe_memory)
    return replace(config, **changes)


def iter_files(paths: Sequence[str], config: Config) -> Iterator[str]:
    """Python files under ``paths``; explicitly named files are always checked."""
    seen = set()
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            if raw not in seen:
                seen.add(raw)
                yield raw
            continue
        for root, dirs, files in os.walk(path, followlinks=False):
            root_path = Path(root)
            dirs[:] = sorted(d for d in dirs if not config.is_excluded(root_path / d)
                             and not (root_path / d).is_symlink())
            for name in sorted(files):
                if not name.endswith(".py"):
                    continue
                file_path = root_path / name
                if config.is_excluded(file_path):
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


_WORKER_CONFIG: Optional[Config] = None


def _init_worker(config: Config) -> None:
    global _WORKER_CONFIG
    _WORKER_CONFIG = config


def _lint_in_worker(paths: List[str]) -> List[Finding]:
    return _lint_serial(paths, _WORKER_CONFIG)


# Below this many files per process, starting processes costs more than it saves.
_FILES_PER_JOB = 32


def _lint_serial(files: List[str], config: Config) -> List[Finding]:
    # The cyclic collector costs about a tenth of the run and finds nothing in
    # syntax trees; collect now and then instead.
    import gc

    findings = []
    with gc_paused():
        for i, path in enumerate(files, 1):
            findings.extend(lint_path(path, config))
            if i % 256 == 0:
                gc.collect()
                gc.freeze()  # what survives (the project's modules) is kept to the end
    return findings


def lint_files(files: List[str], config: Config, jobs: int) -> List[Finding]:
    """Check files, in parallel where it pays (fork-based pools only)."""
    jobs = min(jobs, len(files) // _FILES_PER_JOB)
    import multiprocessing

    if jobs < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return _lint_serial(files, config)
    context = multiprocessing.get_context("fork")
    size = max(1, len(files) // (jobs * 8))
    batches = [files[i:i + size] for i in range(0, len(files), size)]
    with context.Pool(jobs, initializer=_init_worker, initargs=(config,)) as pool:
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
    from .docs import render_rule

    out.write(render_rule(rule))
    return 0


def main(argv: Optional[Sequence[str]] = None) -> int:
    try:
        return _main(argv)
    except KeyboardInterrupt:
        # Workers and temporary directories are cleaned up on the way out.
        sys.stderr.write("msgraph-lint: interrupted\n")
        return 130


def _main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    out = sys.stdout
    try:
        if args.explain:
            return explain(args.explain, out)
        if args.paths == ["rules"]:
            print_rules(out)
            return 0
        config = resolve_config(args)
    except ConfigError as exc:
        sys.stderr.write(f"msgraph-lint: error: {exc}\n")
        return 2
    paths = args.paths or ["."]
    missing = [p for p in paths if not os.path.lexists(p)]
    if missing:
        sys.stderr.write(f"msgraph-lint: error: {missing[0]}: no such file or directory\n")
        return 2
    try:
        jobs = _jobs(args.jobs)
    except ValueError:
        sys.stderr.write(f"msgraph-lint: error: --jobs: {args.jobs!r} is not a number or 'auto'\n")
        return 2
    options = None
    if args.probe:
        from .probe import ProbeOptions, ProbeUnavailable, check_backend, probe

        options = ProbeOptions(device=config.device or "CPU", level=config.jit_syntax_level,
                               factories=tuple(args.probe_factory or config.probe_factories),
                               timeout=args.probe_timeout, jobs=jobs, cache=not args.no_cache,
                               root=Path.cwd())
        if config.probe_memory is not None:
            options.memory = config.probe_memory
        # The static findings are judged on the device the probe compiles for.
        config = replace(config, device=options.device)
        if options.device != "CPU":
            # Said before any work; on CPU the first worker's start says it.
            try:
                check_backend(options)
            except ProbeUnavailable as exc:
                sys.stderr.write(f"msgraph-lint: error: --probe --device {options.device}: {exc}\n")
                return 2
    files = list(iter_files(paths, config))
    findings = lint_files(files, config, jobs)
    files = len(files)
    if options is not None:
        try:
            extra, notes = probe(findings, options)
        except ProbeUnavailable as exc:
            sys.stderr.write(f"msgraph-lint: error: --probe: {exc}\n")
            return 2
        findings.extend(extra)
        for note in notes:
            sys.stderr.write(f"msgraph-lint: {note}\n")
    findings.sort(key=Finding.sort_key)
    report = FORMATTERS[args.format](findings)
    if args.output:
        Path(args.output).write_text(report, encoding="utf-8")
    else:
        out.write(report)
        out.flush()
    if not args.quiet:
        noun = "finding" if len(findings) == 1 else "findings"
        sys.stderr.write(f"msgraph-lint: {len(findings)} {noun} in {files} file{'s' if files != 1 else ''} "
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
