"""Output formats: text (flake8 style), json, sarif, github."""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from urllib.parse import quote
from typing import Callable, Dict, List

from . import __version__, catalog
from .finding import Finding


def text(findings: List[Finding]) -> str:
    lines = []
    for f in findings:
        line = f"{f.path}:{f.line}:{f.col}: {f.code} {f.message}"
        if f.probe:
            line += f"  [{_verdict(f.probe)}]"
        lines.append(line)
    return "\n".join(lines) + ("\n" if lines else "")


def _verdict(probe: dict) -> str:
    status = probe.get("status", "")
    detail = probe.get("evidence") or probe.get("reason") or ""
    # Never cut here: the probe already shortens evidence and reasons at a sentence or
    # clause boundary (probe/ir.py), and a cut mid-word reads as a broken message.
    detail = " ".join(str(detail).split())
    return f"probe: {status}" + (f": {detail}" if detail else "")


def as_json(findings: List[Finding]) -> str:
    return json.dumps({"findings": [f.to_dict() for f in findings]}, indent=2) + "\n"


def _escape_data(value: str) -> str:
    """A workflow command's message, escaped as the GitHub runner unescapes it."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    """A workflow command's property value (file=, title=): ':' and ',' end one, so they are escaped too."""
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github(findings: List[Finding]) -> str:
    out = []
    for f in findings:
        level = {"error": "error", "warning": "warning"}.get(f.severity, "notice")
        props = f"file={_escape_property(f.path)},line={f.line},col={f.col}"
        if f.end_line:
            props += f",endLine={f.end_line}"
        if f.end_col and f.end_line == f.line:
            props += f",endColumn={f.end_col}"
        props += f",title={_escape_property(f'{f.code} {f.symbol}')}"
        out.append(f"::{level} {props}::{_escape_data(f.message)}")
    return "\n".join(out) + ("\n" if out else "")


def artifact_location(path: str) -> dict:
    """A SARIF artifactLocation: a percent-encoded URI relative to %SRCROOT% (the working
    directory) for a relative path inside it, else an absolute ``file://`` URI without a base."""
    posix = Path(path).as_posix()
    if not os.path.isabs(path) and not posix.startswith("../") and posix != "..":
        return {"uri": quote(posix, safe="/"), "uriBaseId": "%SRCROOT%"}
    return {"uri": Path(os.path.abspath(path)).as_uri()}


def sarif(findings: List[Finding]) -> str:
    rules = catalog.load_rules()
    used = sorted({f.code for f in findings if f.code in rules})
    index = {code: i for i, code in enumerate(used)}
    descriptors = []
    for code in used:
        rule = rules[code]
        descriptors.append({
            "id": code,
            "name": rule.symbol,
            "shortDescription": {"text": rule.name},
            "fullDescription": {"text": rule.rationale},
            "help": {"text": rule.fix, "markdown": rule.fix},
            "helpUri": rule.doc_url,
            "defaultConfiguration": {"level": _sarif_level(rule.severity)},
            "properties": {"tags": [rule.family], "devices": list(rule.devices),
                           "jit_syntax_levels": list(rule.levels)},
        })
    results = []
    seen: Dict[str, int] = {}
    for f in findings:
        base = hashlib.sha256(f"{f.path}\0{f.code}\0{f.scope}\0{f.message}".encode()).hexdigest()[:32]
        seen[base] = seen.get(base, 0) + 1
        region = {"startLine": f.line, "startColumn": f.col}
        if f.end_line:
            region["endLine"] = f.end_line
        if f.end_col:
            region["endColumn"] = f.end_col
        result = {
            "ruleId": f.code,
            "level": _sarif_level(f.severity),
            "message": {"text": f.message},
            "locations": [{"physicalLocation": {
                "artifactLocation": artifact_location(f.path),
                "region": region,
            }}],
            "partialFingerprints": {"msgraphLint/v1": f"{base}:{seen[base]}"},
            "properties": {"scope": f.scope, "source": f.source},
        }
        if f.related:
            result["relatedLocations"] = [{
                "id": number, "message": {"text": "the hazard reached through this call"},
                "physicalLocation": {
                    "artifactLocation": artifact_location(path),
                    "region": {"startLine": line},
                }} for number, (path, line) in enumerate(f.related)]
        if f.code in index:
            result["ruleIndex"] = index[f.code]
        if f.probe:
            result["properties"]["probe"] = f.probe
        results.append(result)
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "msgraph-lint",
                "version": __version__,
                "informationUri": catalog.DOCS_BASE,
                "rules": descriptors,
            }},
            "results": results,
        }],
    }
    return json.dumps(doc, indent=2) + "\n"


def _sarif_level(severity: str) -> str:
    return {"error": "error", "warning": "warning"}.get(severity, "note")


FORMATTERS: Dict[str, Callable[[List[Finding]], str]] = {
    "text": text,
    "json": as_json,
    "sarif": sarif,
    "github": github,
}
