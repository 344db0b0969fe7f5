"""The probe cache's .gitignore is readable by git and everyone, as any file a tool drops in a repository."""
import os
import stat

from msgraph_lint.probe.runner import Cache


def test_cache_gitignore_is_0644(tmp_path):
    Cache(tmp_path, True).put("k" * 64, {"stage": "compile", "imported": {"a.py": "0" * 64}})
    ignore = next(tmp_path.glob("*/.gitignore"))
    assert stat.S_IMODE(os.stat(ignore).st_mode) == 0o644
