"""``# noqa`` comments, read exactly as flake8 reads them, and written (``--add-noqa``).

flake8's rules, which the CLI and the pre-commit hook follow so that one
comment means the same thing under every front end:

- ``# noqa`` (the word in any case, one space after ``#``) silences every
  finding on its line; ``# noqa: MSG101`` or ``# noqa:MSG101,MSG103`` or
  ``# noqa: MSG101 MSG103`` only those codes, and a code silences every code
  it is a prefix of (``# noqa: MSG1``). Codes are compared as written:
  ``# NoQA: msg101`` is not a blanket noqa, and silences nothing of ours.
- A line inside a multi-line string or a backslash continuation takes the
  comment of any line of that statement part (flake8's "noqa line mapping"),
  so ``# noqa`` after the closing quotes covers the lines inside the string.
- A line that is only ``# flake8: noqa`` (or ``# flake8=noqa``) skips the file.
"""
from __future__ import annotations

import io
import re
import tokenize
from typing import Dict, List, Optional, Sequence, Tuple

from .finding import Finding

# flake8/defaults.py, verbatim.
NOQA_INLINE = re.compile(r"# noqa(?::[\s]?(?P<codes>([A-Z]+[0-9]+(?:[,\s]+)?)+))?", re.IGNORECASE)
NOQA_FILE = re.compile(r"\s*# flake8[:=]\s*noqa", re.IGNORECASE)
_SEPARATOR = re.compile(r"[,\s]")
# Physical lines as the tokenizer and ast count them (\n, \r\n, \r; not \f or \x1c).
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def physical_lines(source: str) -> List[str]:
    """The source's lines with their endings, numbered as ``ast`` numbers them."""
    return _LINE.findall(source)


def line_ranges(source: str, lines: Optional[Sequence[str]] = None) -> Dict[int, Tuple[int, int]]:
    """Line number -> (first, last) line of the token run it belongs to, as flake8 groups them.

    Lines missing from the map (the tokenizer failed) stand alone.
    """
    if lines is None:
        lines = physical_lines(source)
    ranges: Dict[int, Tuple[int, int]] = {}
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return {}
    low, high = len(lines) + 2, -1
    for tok in tokens:
        if tok.type in (tokenize.ENDMARKER, tokenize.DEDENT):
            continue
        low = min(low, tok.start[0])
        high = max(high, tok.end[0])
        if tok.type in (tokenize.NL, tokenize.NEWLINE):
            for number in range(low, high + 1):
                ranges[number] = (low, high)
            low, high = len(lines) + 2, -1
    return ranges


def _codes(text: str) -> Optional[List[str]]:
    """None: no noqa; []: a blanket noqa; else the codes it names."""
    match = NOQA_INLINE.search(text)
    if match is None:
        return None
    codes = match.group("codes")
    if codes is None:
        return []
    return [c.strip() for c in _SEPARATOR.split(codes) if c.strip()]


def silenced(code: str, codes: List[str]) -> bool:
    """Does a noqa naming ``codes`` (empty: blanket) silence ``code``? flake8's test."""
    return not codes or code in codes or code.startswith(tuple(codes))


def file_ignored(lines: Sequence[str]) -> bool:
    """A ``# flake8: noqa`` line of its own skips the whole file, as in flake8."""
    return any(NOQA_FILE.match(line) for line in lines if "noqa" in line.lower())


def apply_noqa(findings: List[Finding], source: str) -> List[Finding]:
    """Drop the findings that the file's noqa comments silence."""
    if "noqa" not in source.lower() or not findings:
        return findings
    lines = physical_lines(source)
    if file_ignored(lines):
        return []
    ranges: Optional[Dict[int, Tuple[int, int]]] = None
    kept = []
    for finding in findings:
        index = finding.line - 1
        text = lines[index] if 0 <= index < len(lines) else ""
        if ranges is None:
            ranges = line_ranges(source, lines)
        if finding.line in ranges:
            low, high = ranges[finding.line]
            text = "".join(lines[low - 1:high])
        codes = _codes(text) if "noqa" in text.lower() else None
        if codes is not None and silenced(finding.code, codes):
            continue
        kept.append(finding)
    return kept


def add_noqa(source: str, wanted: Dict[int, List[str]]) -> Tuple[str, int]:
    """``source`` with ``# noqa: CODES`` added for ``{line: [codes]}``; and how many lines changed.

    The comment goes at the end of the last line of the statement part the
    finding's line belongs to (after a multi-line string's closing quotes,
    after a backslash continuation), where a comment is legal and where
    :func:`apply_noqa` looks for it. Codes already named there are kept and
    the new ones added after them.
    """
    lines = physical_lines(source)
    ranges = line_ranges(source, lines)
    by_line: Dict[int, List[str]] = {}
    for number, codes in wanted.items():
        target = ranges.get(number, (number, number))[1]
        if 1 <= target <= len(lines):
            by_line.setdefault(target, []).extend(codes)
    changed = 0
    for number, codes in sorted(by_line.items()):
        line = lines[number - 1]
        body = line.rstrip("\r\n")
        ending = line[len(body):]
        new = _with_codes(body, codes)
        if new != body:
            lines[number - 1] = new + ending
            changed += 1
    return "".join(lines), changed


def _with_codes(body: str, codes: List[str]) -> str:
    match = NOQA_INLINE.search(body)
    if match is None:
        return body.rstrip() + "  # noqa: " + ", ".join(sorted(set(codes)))
    present = _codes(body) or []
    if not present:
        return body  # a blanket noqa already silences everything
    missing = sorted({c for c in codes if not silenced(c, present)})
    if not missing:
        return body
    start, end = match.span("codes")
    named = body[start:end].rstrip(", \t")
    rest = body[end:]  # the codes group swallowed the separators before it
    return body[:start] + named + ", " + ", ".join(missing) + (" " + rest if rest else "")
