"""Gradual adoption: ``--add-noqa`` silences today's findings so that only new code is held to the rules."""
import ast
import os
import textwrap

from helpers import run_cli
from msgraph_lint import noqa

TRICKY = textwrap.dedent('''
    from mindspore import nn, ops


    class Net(nn.Cell):
        def construct(self, x, k):
            a = x[:k]  # noqa: E501
            b = ops.masked_select(x, x > 0)  # keep this comment
            s = f"""{
                x[:k]}
            """
            c = ops.unique(x) + \\
                x[:k]
            d = (x[x > 0],
                 x[:k])  # noqa: MSG102
            e = x[:k]  # noqa: MSG102 because reasons
            return a, b, c, d, e, s
''').lstrip()


def test_add_noqa_then_a_clean_run_and_flake8_agrees(tmp_path):
    path = tmp_path / "m.py"
    path.write_text(TRICKY)
    os.chmod(path, 0o640)
    before = run_cli("--format", "json", "m.py", cwd=tmp_path)
    assert before.returncode == 1
    added = run_cli("--add-noqa", "m.py", cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    assert "added 7 noqa comments to 1 file" in added.stderr
    text = path.read_text()
    assert ast.dump(ast.parse(text)) == ast.dump(ast.parse(TRICKY))
    lines = text.splitlines()
    # (no line of construct at column 0: MSG519 would be its one finding, as MindSpore's parser
    # stops there; tests/test_catalog.py)
    assert lines[4].endswith("def construct(self, x, k):")
    assert lines[5].endswith("a = x[:k]  # noqa: E501, MSG101")                 # merged with another tool's
    assert lines[6].endswith("# keep this comment  # noqa: MSG103")             # after an existing comment
    assert lines[9] == '        """  # noqa: MSG101'                            # after the string, not in it
    assert lines[11].endswith("x[:k]  # noqa: MSG101, MSG103")                  # after a backslash continuation
    assert lines[13].endswith("x[:k])  # noqa: MSG102, MSG101")                 # one logical line
    assert lines[14].endswith("# noqa: MSG102, MSG101 because reasons")         # codes stay a code list
    assert oct(os.stat(path).st_mode & 0o777) == oct(0o640)
    after = run_cli("m.py", cwd=tmp_path)
    assert after.returncode == 0 and after.stdout == "", after.stdout
    again = run_cli("--add-noqa", "m.py", cwd=tmp_path)
    assert again.returncode == 0 and path.read_text() == text  # idempotent


def test_add_noqa_keeps_encoding_bom_and_line_endings(tmp_path):
    path = tmp_path / "m.py"
    head = "".join(TRICKY.splitlines(keepends=True)[:7])
    source = "# -*- coding: latin-1 -*-\n# caf\xe9\n" + head + "        return a, b\n"
    data = source.replace("\n", "\r\n").encode("latin-1")
    path.write_bytes(data)
    assert run_cli("--add-noqa", "m.py", cwd=tmp_path).returncode == 0
    new = path.read_bytes()
    assert b"caf\xe9" in new and new.count(b"\r\n") == data.count(b"\r\n") and b"\n" not in new.replace(b"\r\n", b"")
    assert b"# noqa: MSG103" in new
    assert run_cli("m.py", cwd=tmp_path).returncode == 0
    bom = tmp_path / "bom.py"
    bom.write_bytes(b"\xef\xbb\xbf" + TRICKY.encode())
    assert run_cli("--add-noqa", "bom.py", cwd=tmp_path).returncode == 0
    assert bom.read_bytes().startswith(b"\xef\xbb\xbf") and run_cli("bom.py", cwd=tmp_path).returncode == 0


def test_add_noqa_respects_selection_and_leaves_clean_and_broken_files_alone(tmp_path):
    (tmp_path / "m.py").write_text(TRICKY)
    (tmp_path / "broken.py").write_text("import mindspore\ndef f(:\n")
    (tmp_path / "clean.py").write_text("import mindspore\nx = 1\n")
    proc = run_cli("--add-noqa", "--select", "MSG103", ".", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "broken.py").read_text() == "import mindspore\ndef f(:\n"
    assert (tmp_path / "clean.py").read_text() == "import mindspore\nx = 1\n"
    text = (tmp_path / "m.py").read_text()
    assert "MSG101" not in text.replace("# noqa: MSG102, MSG101", "")  # MSG101 was not selected
    assert run_cli("--select", "MSG103", "m.py", cwd=tmp_path).returncode == 0
    assert run_cli("m.py", cwd=tmp_path).returncode == 1


def test_add_noqa_refuses_stdin():
    proc = run_cli("--add-noqa", "-")
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1


def test_add_noqa_never_writes_a_file_it_would_change_the_meaning_of():
    # Without tokens (an unterminated string), a comment could land inside a string:
    # the rewrite is checked by parsing it and comparing syntax trees, and refused.
    source = 'x = """\ny = 1\n'
    text, changed = noqa.add_noqa(source, {2: ["MSG101"]})
    assert changed == 1
    try:
        same = ast.dump(ast.parse(text)) == ast.dump(ast.parse(source))
    except SyntaxError:
        same = False
    assert not same  # which is why the CLI compares trees before writing


def test_noqa_merge_rules():
    assert noqa._with_codes("a = 1", ["MSG101"]) == "a = 1  # noqa: MSG101"
    assert noqa._with_codes("a = 1  # noqa", ["MSG101"]) == "a = 1  # noqa"
    assert noqa._with_codes("a = 1  # noqa: MSG1", ["MSG101"]) == "a = 1  # noqa: MSG1"
    assert noqa._with_codes("a = 1  # noqa:E501,", ["MSG103", "MSG101"]) == "a = 1  # noqa:E501, MSG101, MSG103"


def test_noqa_lines_are_counted_as_python_counts_them():
    """A form feed or \\x1c inside a line does not start a new one (str.splitlines would say it does)."""
    from msgraph_lint.finding import Finding

    source = "a = 1\x0c  # x\nb = 2\x1c\nc = 3  # noqa: MSG101\r\nd = 4\n"
    found = [Finding(path="m.py", line=n, col=1, code="MSG101", message="") for n in (1, 2, 3, 4)]
    assert [f.line for f in noqa.apply_noqa(found, source)] == [1, 2, 4]
