"""The pre-commit hook, for real: ``pre-commit try-repo`` against a throwaway repository."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import copy_source_tree

HAZARD = "from mindspore import nn\nclass N(nn.Cell):\n    def construct(self, x, k):\n        return x[:k]\n"


def _pre_commit():
    exe = shutil.which("pre-commit") or str(Path(sys.executable).with_name("pre-commit"))
    if not Path(exe).exists():
        pytest.skip("pre-commit is not installed")
    return exe


def _git(*args, cwd):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"})


@pytest.fixture(scope="module")
def hook_source(tmp_path_factory):
    """A committed copy of this project, since try-repo builds from a git revision."""
    src = copy_source_tree(tmp_path_factory.mktemp("hook") / "msgraph-lint")
    _git("init", "-q", cwd=src)
    _git("add", "-A", cwd=src)
    _git("commit", "-qm", "snapshot", cwd=src)
    return src


def _try_repo(hook_source, repo, *files):
    env = {**os.environ, "PRE_COMMIT_HOME": str(hook_source.parent / "cache")}
    args = [_pre_commit(), "try-repo", str(hook_source), "msgraph-lint", "--verbose"]
    args += ["--files", *files] if files else ["--all-files"]
    return subprocess.run(args, cwd=repo, capture_output=True, text=True, env=env, timeout=900)


def test_hook_flags_hazards_passes_clean_and_empty(hook_source, tmp_path):
    repo = tmp_path / "user"
    repo.mkdir()
    _git("init", "-q", cwd=repo)
    (repo / "README.md").write_text("no python here\n")
    _git("add", "-A", cwd=repo)
    empty = _try_repo(hook_source, repo)
    assert empty.returncode == 0, empty.stdout + empty.stderr
    (repo / "net.py").write_text(HAZARD)
    (repo / "clean.py").write_text("import mindspore\n")
    _git("add", "-A", cwd=repo)
    bad = _try_repo(hook_source, repo)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "net.py:4:16: MSG101" in bad.stdout
    clean = _try_repo(hook_source, repo, "clean.py")
    assert clean.returncode == 0, clean.stdout + clean.stderr


def test_hook_honours_excludes_of_the_files_it_is_given(hook_source, tmp_path):
    """pre-commit names each file; extend-exclude (and nested tables) still decide, as for folders."""
    repo = tmp_path / "user"
    (repo / "third_party" / "lib").mkdir(parents=True)
    (repo / "pynative").mkdir()
    _git("init", "-q", cwd=repo)
    (repo / "pyproject.toml").write_text('[tool.msgraph-lint]\nextend-exclude = ["third_party"]\n')
    (repo / "third_party" / "lib" / "vendored.py").write_text(HAZARD)
    (repo / "pynative" / "pyproject.toml").write_text('[tool.msgraph-lint]\nignore = ["MSG1"]\n')
    (repo / "pynative" / "eager.py").write_text(HAZARD)
    _git("add", "-A", cwd=repo)
    skipped = _try_repo(hook_source, repo)
    assert skipped.returncode == 0, skipped.stdout + skipped.stderr
    (repo / "net.py").write_text(HAZARD)
    _git("add", "-A", cwd=repo)
    bad = _try_repo(hook_source, repo)
    assert bad.returncode == 1 and "net.py:4:16: MSG101" in bad.stdout, bad.stdout + bad.stderr
    assert "vendored.py" not in bad.stdout and "eager.py" not in bad.stdout
