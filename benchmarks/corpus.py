#!/usr/bin/env python3
"""Fetch the pinned benchmark corpus: the Python sources of four MindSpore model zoos.

    python benchmarks/corpus.py [--dest DIR] [--force]

The wheels are downloaded from PyPI with pip at run time (nothing is committed),
checked against the sha256 pins below, and only their ``.py`` files are
extracted, one sub-folder per package::

    DEST/mindcv/mindcv/__init__.py
    DEST/mindocr/mindocr/...
    DEST/.manifest.json          # what was extracted, used to skip re-downloads

If a wheel cannot be had, the pinned sdist is used instead (only the files under
the package's own top-level folder are kept, so the corpus has the same shape).

Importable: ``ensure_corpus(dest) -> Path`` does the same and returns DEST.
Only the standard library and pip are needed.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

DEFAULT_DEST = Path(__file__).resolve().parent / ".corpus"
MANIFEST = ".manifest.json"
MANIFEST_VERSION = 1


@dataclass(frozen=True)
class Pin:
    name: str          # distribution name on PyPI
    version: str
    top: str           # top-level import package inside the archive
    wheel: str         # expected wheel file name
    wheel_sha256: str
    sdist: str | None = None         # expected sdist file name (fallback), if pinned
    sdist_sha256: str | None = None
    # extra `pip download` arguments for the wheel: a wheel built for another
    # Python or platform (only its .py files are read, never imported)
    wheel_args: tuple[str, ...] = ()

    @property
    def requirement(self) -> str:
        return f"{self.name}=={self.version}"


# sha256 values observed when these files were downloaded from PyPI (2026-11-26).
PINS: tuple[Pin, ...] = (
    Pin("mindcv", "0.3.0", "mindcv",
        "mindcv-0.3.0-py3-none-any.whl",
        "18152d727d1fad52197aebe0faa3b5024fdaf05fc20c19ae2864ce19045c2ee1",
        "mindcv-0.3.0.tar.gz",
        "12fcf00053ae230be22f55b63c7d4b014cb2ada3eb80a1ce0414fccaa2eaad7f"),
    Pin("mindocr", "0.5.0", "mindocr",
        "mindocr-0.5.0-py3-none-any.whl",
        "2d07326767dd3aa8b14eea2c9cf76e715f836cc549ba34f6f3f05c5465a74327",
        "mindocr-0.5.0.tar.gz",
        "1a69b470fb559ef8c49cd922cd81f22a2fcdd4c47edee3b50b50bec4c622ec50"),
    Pin("mindyolo", "0.5.0", "mindyolo",
        "mindyolo-0.5.0-py3-none-any.whl",
        "17bf83dd360759950377c773f5ca13d73a78799038aa0244d0f18dd76b23e41e",
        "mindyolo-0.5.0.tar.gz",
        "2479284aeffa68a28e77282342202315b8b92961f66239fa2fb262267723ec9e"),
    Pin("mindaudio", "0.3.0", "mindaudio",
        "mindaudio-0.3.0-py3-none-any.whl",
        "5e24f2f84f17be1588beaa65278c6b9c48c34277912060285de9c125de4cfa67",
        "mindaudio-0.3.0.tar.gz",
        "34896941f1f163739e64a588c9070ec7253056f8172a68eaccecaf3efbaa14ba"),
)

# The wide corpus: the core four plus the packages real users run, for precision
# triage (docs/accuracy.md). sha256 values observed on 2026-12-02.
WIDE_PINS: tuple[Pin, ...] = PINS + (
    Pin("mindone", "0.2.0", "mindone", "mindone-0.2.0-py3-none-any.whl",
        "b855af3649949bd5b2f44cb2e574853a154e4c0d4329b2e49b4994d06b8e0d41"),
    Pin("mindformers", "1.3.2", "mindformers", "mindformers-1.3.2-py3-none-any.whl",
        "e3c96ac5b08b8f2cd34b89883dd49f4a250555c7b615251543ba76b44f16353e"),
    Pin("mindnlp", "0.5.1", "mindnlp", "mindnlp-0.5.1-py3-none-any.whl",
        "655279b19944bdcd3dc301bdae28d7e24a9e846de23e2422404702d6686cc850"),
    Pin("mindspore-rl", "0.7.0", "mindspore_rl", "mindspore_rl-0.7.0-py3-none-manylinux1_x86_64.whl",
        "6dd8dabdb4b5611e3fb140cd79fd80fc20c6ef41193ab2bbdb311a6421eec0df",
        wheel_args=("--platform", "manylinux1_x86_64")),
    # only a CPython 3.9 manylinux wheel exists
    Pin("mindspore-gl", "0.2", "mindspore_gl", "mindspore_gl-0.2-cp39-cp39-manylinux1_x86_64.whl",
        "581266afed55d908c281b79875c88a709d09001b4d91cffcaa211f9b49d0f6ee",
        wheel_args=("--python-version", "3.9", "--platform", "manylinux1_x86_64")),
    Pin("tinyms", "0.3.2", "tinyms", "tinyms-0.3.2-py3-none-any.whl",
        "981e2a591fa4f10a8effe2763867bccc4ecd6848e46ece3f5ac532e1c307a6c2"),
    Pin("mindspore-rec", "0.3.0", "mindspore_rec", "mindspore_rec-0.3.0-py3-none-any.whl",
        "12813a2c471cd5b546d15c09fffb1fa098085b57fab275a4680c063db57180b0"),
)
SETS = {"core": PINS, "wide": WIDE_PINS}
WIDE_DEST = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "msgraph-lint" / "corpus-wide"


class CorpusError(RuntimeError):
    pass


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _tree_digest(root: Path) -> tuple[str, int, int]:
    """sha256 over (relative path, content) of every .py file under root; files; lines."""
    h = hashlib.sha256()
    files = lines = 0
    for path in sorted(p for p in root.rglob("*.py") if p.is_file()):
        data = path.read_bytes()
        rel = path.relative_to(root).as_posix().encode()
        h.update(len(rel).to_bytes(8, "big") + rel)
        h.update(len(data).to_bytes(8, "big") + data)
        files += 1
        lines += data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)
    return h.hexdigest(), files, lines


def _pip_download(pin: Pin, where: Path, *, wheel: bool, log) -> Path | None:
    if not wheel and pin.sdist is None:
        return None
    fmt = ["--only-binary=:all:", *pin.wheel_args] if wheel else ["--no-binary=:all:"]
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check",
           "--no-input", *fmt, "--dest", str(where), pin.requirement]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    expected = where / (pin.wheel if wheel else pin.sdist)
    if proc.returncode != 0 or not expected.is_file():
        kind = "wheel" if wheel else "sdist"
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        log(f"  {pin.requirement}: no {kind} ({' | '.join(tail) or 'file not found'})")
        return None
    return expected


def _safe_parts(name: str) -> tuple[str, ...] | None:
    parts = PurePosixPath(name).parts
    if not parts or name.startswith("/") or any(p in ("..", "") for p in parts):
        return None
    return parts


def _extract_wheel(archive: Path, pin: Pin, out: Path) -> int:
    n = 0
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            parts = _safe_parts(info.filename)
            if info.is_dir() or not parts or not info.filename.endswith(".py"):
                continue
            if parts[0].endswith((".dist-info", ".data")):
                continue
            target = out.joinpath(*parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(zf.read(info))
            n += 1
    return n


def _extract_sdist(archive: Path, pin: Pin, out: Path) -> int:
    n = 0
    with tarfile.open(archive, "r:gz") as tf:
        for member in tf.getmembers():
            parts = _safe_parts(member.name)
            # <name>-<version>/<top>/.../*.py  ->  <top>/.../*.py (same shape as the wheel)
            if not member.isfile() or not parts or len(parts) < 3:
                continue
            if parts[1] != pin.top or not member.name.endswith(".py"):
                continue
            fh = tf.extractfile(member)
            if fh is None:
                continue
            target = out.joinpath(*parts[1:])
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(fh.read())
            n += 1
    return n


def _read_manifest(dest: Path) -> dict:
    try:
        data = json.loads((dest / MANIFEST).read_text())
    except (OSError, ValueError):
        return {}
    if data.get("manifest_version") != MANIFEST_VERSION:
        return {}
    return data.get("packages", {})


def _is_current(entry: dict | None, pin: Pin, pkg_dir: Path) -> bool:
    if not entry or not pkg_dir.is_dir():
        return False
    pinned = {pin.wheel: pin.wheel_sha256, pin.sdist: pin.sdist_sha256}
    if pinned.get(entry.get("archive")) != entry.get("archive_sha256"):
        return False
    digest, files, _ = _tree_digest(pkg_dir)
    return digest == entry.get("tree_sha256") and files == entry.get("files")


def ensure_corpus(dest: Path | str = DEFAULT_DEST, *, force: bool = False,
                  quiet: bool = False, pins: tuple[Pin, ...] = PINS) -> Path:
    """Make sure DEST holds the pinned corpus; download and extract what is missing.

    Returns DEST as an absolute Path. Raises CorpusError if a download fails
    or a file does not match its pin.
    """
    dest = Path(dest).resolve()
    log = (lambda msg: None) if quiet else (lambda msg: print(msg, file=sys.stderr))
    dest.mkdir(parents=True, exist_ok=True)
    manifest = {} if force else _read_manifest(dest)
    new_manifest: dict[str, dict] = {}

    for pin in pins:
        pkg_dir = dest / pin.name
        if _is_current(manifest.get(pin.name), pin, pkg_dir):
            new_manifest[pin.name] = manifest[pin.name]
            log(f"  {pin.requirement}: up to date")
            continue
        with tempfile.TemporaryDirectory(prefix="msgraph-corpus-") as tmp:
            tmpdir = Path(tmp)
            archive = _pip_download(pin, tmpdir, wheel=True, log=log)
            kind = "wheel"
            if archive is None:
                archive = _pip_download(pin, tmpdir, wheel=False, log=log)
                kind = "sdist"
            if archive is None:
                raise CorpusError(f"could not download {pin.requirement} (neither wheel nor sdist)")
            expected = pin.wheel_sha256 if kind == "wheel" else pin.sdist_sha256
            actual = _sha256_file(archive)
            if actual != expected:
                raise CorpusError(
                    f"sha256 mismatch for {archive.name}: expected {expected}, got {actual}")
            staging = dest / f".{pin.name}.partial"
            shutil.rmtree(staging, ignore_errors=True)
            staging.mkdir()
            extract = _extract_wheel if kind == "wheel" else _extract_sdist
            if extract(archive, pin, staging) == 0:
                shutil.rmtree(staging, ignore_errors=True)
                raise CorpusError(f"{archive.name} contains no .py files")
            shutil.rmtree(pkg_dir, ignore_errors=True)
            os.replace(staging, pkg_dir)
        digest, files, lines = _tree_digest(pkg_dir)
        new_manifest[pin.name] = {
            "version": pin.version, "kind": kind, "archive": archive.name,
            "archive_sha256": actual, "tree_sha256": digest, "files": files, "lines": lines,
        }
        log(f"  {pin.requirement}: extracted {files} files from {archive.name} (sha256 ok)")
        # write after each package so an interrupted run keeps what it finished
        _write_manifest(dest, {**manifest, **new_manifest})

    _write_manifest(dest, new_manifest)
    return dest


def _write_manifest(dest: Path, packages: dict) -> None:
    tmp = dest / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps({"manifest_version": MANIFEST_VERSION, "packages": packages},
                              indent=2, sort_keys=True) + "\n")
    os.replace(tmp, dest / MANIFEST)


def corpus_stats(dest: Path | str = DEFAULT_DEST) -> dict:
    """Per-package and total file/line counts, read from the manifest of an ensured corpus."""
    packages = _read_manifest(Path(dest))
    return {
        "files": sum(p["files"] for p in packages.values()),
        "lines": sum(p["lines"] for p in packages.values()),
        "packages": {
            name: {k: p[k] for k in ("version", "kind", "archive", "archive_sha256",
                                     "files", "lines")}
            for name, p in sorted(packages.items())
        },
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=sorted(SETS), default="core",
                    help="core: the four model zoos the speed benchmark uses; wide: those plus seven "
                         "more packages, for precision triage")
    ap.add_argument("--dest", type=Path, default=None,
                    help=f"where to extract (default: {DEFAULT_DEST} for core, {WIDE_DEST} for wide)")
    ap.add_argument("--force", action="store_true", help="re-download and re-extract everything")
    args = ap.parse_args(argv)
    try:
        default = DEFAULT_DEST if args.set == "core" else WIDE_DEST
        dest = ensure_corpus(args.dest or default, force=args.force, pins=SETS[args.set])
    except CorpusError as exc:
        print(f"corpus: error: {exc}", file=sys.stderr)
        return 2
    stats = corpus_stats(dest)
    for name, p in stats["packages"].items():
        print(f"{name:<14} {p['version']:<7} {p['kind']:<6} "
              f"{p['files']:>5} files {p['lines']:>7} lines")
    print(f"{'total':<29} {stats['files']:>5} files {stats['lines']:>7} lines  in {dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
