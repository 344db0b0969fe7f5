"""The wheel carries the rule catalog and its tables, and the installed tool finds them."""
import subprocess
import sys
import zipfile

from helpers import ROOT


def test_wheel_contains_the_catalog(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    wheel = next(tmp_path.glob("msgraph_lint-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    rules = sorted(p.name for p in (ROOT / "rules").glob("MSG*.toml"))
    for name in rules:
        assert f"msgraph_lint/rules/{name}" in names
    for table in ("dynamic_ops.toml", "sparse.toml"):
        assert f"msgraph_lint/rules/tables/{table}" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "flake8.extension" in text and "MSG = msgraph_lint.flake8_plugin:Flake8Plugin" in text
    assert "msgraph-lint = msgraph_lint.cli:main" in text
