"""The rule catalog: one TOML file per rule under ``rules/``, plus op tables.

The catalog is the single source of truth for codes, symbols, messages,
devices, syntax levels and examples; adapters and docs read it from here.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Dict, Optional, Tuple

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on old Pythons only
    import tomli as tomllib

DEVICES = ("CPU", "GPU", "Ascend")
LEVELS = ("LAX", "STRICT")
FAMILIES = {
    "1": "dynamic-shape",
    "2": "control-flow",
    "3": "sparse",
    "4": "classes",
    "5": "syntax",
    "9": "tool",
}
_REQUIRED = (
    "code", "symbol", "name", "family", "severity", "status", "message",
    "rationale", "fix", "devices", "levels", "verified",
)


class CatalogError(Exception):
    """The packaged catalog is malformed (a bug in msgraph-lint, not user input)."""


@dataclass(frozen=True)
class Rule:
    code: str
    symbol: str
    name: str
    family: str
    severity: str
    status: str
    message: str
    rationale: str
    fix: str
    devices: Tuple[str, ...]
    levels: Tuple[str, ...]
    verified: str
    bad: Tuple[str, ...] = ()
    good: Tuple[str, ...] = ()
    options: str = ""
    path: Optional[Path] = field(default=None, compare=False)

    @property
    def preview(self) -> bool:
        return self.status == "preview"

    @property
    def doc_url(self) -> str:
        return f"{DOCS_BASE}/rules/{self.code}.md"

    def applies(self, device: Optional[str], level: str) -> bool:
        if level not in self.levels:
            return False
        return device is None or device in self.devices


DOCS_BASE = "https://github.com/msgraph-lint/msgraph-lint/blob/main/docs"


def rules_dir() -> Path:
    """Where the catalog lives: packaged in the wheel, or the source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "rules", here.parent / "rules"):
        if (candidate / "MSG101.toml").is_file():
            return candidate
    raise CatalogError(f"rule catalog not found next to {here}")


def _load_rule(path: Path) -> Rule:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    missing = [k for k in _REQUIRED if k not in data]
    if missing:
        raise CatalogError(f"{path.name}: missing keys {missing}")
    if data["code"] != path.stem:
        raise CatalogError(f"{path.name}: code {data['code']} does not match file name")
    if data["family"] != FAMILIES.get(data["code"][3]):
        raise CatalogError(f"{path.name}: family {data['family']!r} does not match its code")
    for device in data["devices"]:
        if device not in DEVICES:
            raise CatalogError(f"{path.name}: unknown device {device!r}")
    for level in data["levels"]:
        if level not in LEVELS:
            raise CatalogError(f"{path.name}: unknown level {level!r}")
    if data["status"] not in ("stable", "preview", "deprecated", "removed"):
        raise CatalogError(f"{path.name}: unknown status {data['status']!r}")
    if data["severity"] not in ("error", "warning", "note"):
        raise CatalogError(f"{path.name}: unknown severity {data['severity']!r}")
    examples = data.get("examples", {})
    return Rule(
        code=data["code"], symbol=data["symbol"], name=data["name"],
        family=data["family"], severity=data["severity"], status=data["status"],
        message=data["message"], rationale=data["rationale"].strip(),
        fix=data["fix"].strip(), devices=tuple(data["devices"]),
        levels=tuple(data["levels"]), verified=data["verified"],
        bad=tuple(examples.get("bad", ())), good=tuple(examples.get("good", ())),
        options=data.get("options", "").strip(), path=path,
    )


@lru_cache(maxsize=1)
def load_rules() -> Dict[str, Rule]:
    """All rules keyed by code, sorted by code."""
    directory = rules_dir()
    rules = {}
    symbols = set()
    for path in sorted(directory.glob("MSG*.toml")):
        rule = _load_rule(path)
        if rule.symbol in symbols:
            raise CatalogError(f"{path.name}: duplicate symbol {rule.symbol}")
        symbols.add(rule.symbol)
        rules[rule.code] = rule
    return rules


def get(code: str) -> Rule:
    return load_rules()[code]


@lru_cache(maxsize=None)
def load_table(name: str) -> dict:
    """A data table from ``rules/tables/<name>.toml``."""
    path = rules_dir() / "tables" / f"{name}.toml"
    with path.open("rb") as fh:
        return tomllib.load(fh)


def by_symbol() -> Dict[str, Rule]:
    return {rule.symbol: rule for rule in load_rules().values()}

