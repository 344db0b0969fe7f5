"""Robustness: generated programs never make the engine raise, and nothing is imported unasked."""
import random
import subprocess
import sys

import pytest

from helpers import ROOT, run_cli
import fuzzing

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

SOURCES = [p.read_text() for p in sorted((ROOT / "examples").glob("*.py"))] + [
    p.read_text() for p in sorted((ROOT / "tests" / "cases").glob("*.py"))[:60]]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False))
def test_random_cells_never_raise(rng):
    source = fuzzing.random_cell(rng)
    assert fuzzing.check(source, fuzzing.CONFIGS) is None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False), st.sampled_from(SOURCES))
def test_mutated_real_files_never_raise(rng, source):
    assert fuzzing.check(fuzzing.mutate(source, rng), fuzzing.CONFIGS) is None


def test_generator_exercises_the_rules():
    codes = set()
    for seed in range(200):
        for config in fuzzing.CONFIGS:
            from msgraph_lint.engine import lint_source

            codes.update(f.code for f in lint_source(fuzzing.random_cell(random.Random(seed)), "f.py", config))
    assert {"MSG101", "MSG103", "MSG104", "MSG201", "MSG401", "MSG501"} <= codes
    assert "MSG901" not in codes  # generated programs are valid Python


SIDE_EFFECT = '''
import pathlib
pathlib.Path(__file__).with_name("IMPORTED").write_text("this module was imported")
import mindspore
from mindspore import nn

class Net(nn.Cell):
    def construct(self, x, k):
        return x[:k]

def make():
    return Net(), ()
'''


@pytest.fixture
def trap(tmp_path):
    (tmp_path / "model.py").write_text(SIDE_EFFECT)
    return tmp_path


def test_cli_never_imports_the_code_it_checks(trap):
    proc = run_cli("--probe-factory", "model.py::make", ".", cwd=trap)  # no --probe: factories unused
    assert proc.returncode == 1 and "MSG101" in proc.stdout
    assert not (trap / "IMPORTED").exists()


def test_flake8_plugin_never_imports_the_code_it_checks(trap):
    proc = subprocess.run([sys.executable, "-m", "flake8", "--select=MSG", "model.py"], cwd=trap,
                          capture_output=True, text=True)
    assert "MSG101" in proc.stdout
    assert not (trap / "IMPORTED").exists()


def test_probe_does_import_only_when_asked(trap):
    pytest.importorskip("mindspore")
    run_cli("--probe", "--probe-factory", "model.py::make", "--no-cache", ".", cwd=trap)
    assert (trap / "IMPORTED").exists()
