"""What users install is what we test: the wheel (and a wheel built from the sdist)
carries every module, the rule catalog and the entry points, and runs from outside
the source tree."""
import os
import subprocess
import sys
import tarfile
import zipfile

import pytest

from helpers import ROOT, copy_source_tree


def _pip(*args, timeout=600):
    proc = subprocess.run([sys.executable, "-m", "pip", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc


@pytest.fixture(scope="module")
def clean_tree(tmp_path_factory):
    """A clean copy of the tree: setuptools reuses a build/ folder (and an egg-info) left in
    a work tree, and a stale one put a deleted module into the wheel."""
    return copy_source_tree(tmp_path_factory.mktemp("source") / "msgraph-lint")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory, clean_tree):
    out = tmp_path_factory.mktemp("wheel")
    _pip("wheel", "--no-deps", "-q", "-w", out, clean_tree)
    return next(out.glob("msgraph_lint-*.whl"))


def _modules_in_tree():
    return sorted(str(p.relative_to(ROOT)).replace(os.sep, "/") for p in (ROOT / "msgraph_lint").rglob("*.py"))


def test_wheel_contains_every_module(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [m for m in _modules_in_tree() if m not in names]
    assert not missing, f"modules left out of the wheel: {missing}"
    assert "msgraph_lint/probe/worker.py" in names  # the probe is what went missing once
    assert not any("fuzzing" in n or n.startswith("tests/") for n in names)


def test_wheel_contains_the_catalog(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    rules = sorted(p.name for p in (ROOT / "rules").glob("MSG*.toml"))
    assert rules
    for name in rules:
        assert f"msgraph_lint/rules/{name}" in names
    for table in sorted(p.name for p in (ROOT / "rules" / "tables").glob("*.toml")):
        assert f"msgraph_lint/rules/tables/{table}" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "flake8.extension" in text and "MSG = msgraph_lint.flake8_plugin:Flake8Plugin" in text
    assert "msgraph-lint = msgraph_lint.cli:main" in text
    # pytest --msgraph-probe; named after its module (see pyproject.toml)
    assert "[pytest11]\nmsgraph_lint.probe.pytest_plugin = msgraph_lint.probe.pytest_plugin" in text


def test_sdist_builds_the_same_wheel(tmp_path, wheel, clean_tree):
    """pip installs from the sdist when no wheel fits: it must hold setup.py, rules/ and the code."""
    sdist_dir = tmp_path / "sdist"
    proc = subprocess.run([sys.executable, "-m", "build", "--sdist", "--outdir", str(sdist_dir), str(clean_tree)],
                          capture_output=True, text=True, timeout=600)
    if proc.returncode != 0 and "No module named build" in proc.stderr:
        pytest.skip("the 'build' package is not installed (pip install '.[test]')")
    assert proc.returncode == 0, proc.stderr[-2000:]
    sdist = next(sdist_dir.glob("msgraph_lint-*.tar.gz"))
    members = tarfile.open(sdist).getnames()
    assert any(m.endswith("/setup.py") for m in members)
    assert any(m.endswith("/rules/MSG101.toml") for m in members)
    out = tmp_path / "from-sdist"
    _pip("wheel", "--no-deps", "-q", "-w", out, sdist)
    rebuilt = next(out.glob("msgraph_lint-*.whl"))
    assert sorted(zipfile.ZipFile(rebuilt).namelist()) == sorted(zipfile.ZipFile(wheel).namelist())


def test_installed_wheel_runs_outside_the_source_tree(tmp_path, wheel):
    """Installed (not editable) into its own folder, imported from there, every module loads
    and the CLI lints the bundled examples."""
    target = tmp_path / "site"
    _pip("install", "--no-deps", "-q", "--target", target, wheel)
    work = tmp_path / "work"
    work.mkdir()
    (work / "net.py").write_text((ROOT / "examples" / "dynamic_shapes.py").read_text())
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(target)
    script = ("import importlib, pkgutil, sys, msgraph_lint\n"
              f"assert msgraph_lint.__file__.startswith({str(target)!r}), msgraph_lint.__file__\n"
              "for m in pkgutil.walk_packages(msgraph_lint.__path__, 'msgraph_lint.'):\n"
              "    importlib.import_module(m.name)\n"
              "import msgraph_lint.probe.worker, msgraph_lint.probe.runner\n"
              "from msgraph_lint.cli import main\n"
              "sys.exit(main(['--isolated', 'net.py']))\n")
    proc = subprocess.run([sys.executable, "-c", script], cwd=work, env=env, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "net.py:" in proc.stdout and "MSG101" in proc.stdout


@pytest.mark.parametrize("version", [(3, 9), (3, 13)])
def test_probe_on_a_python_without_mindspore_wheels_says_why(version):
    from msgraph_lint.probe import _missing_mindspore_message

    message = _missing_mindspore_message(version)
    assert f"Python {version[0]}.{version[1]}" in message and "3.10 to 3.12" in message
    assert "\n" not in message
    assert "pip install" in _missing_mindspore_message((3, 11))
