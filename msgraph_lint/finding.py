"""What every check produces and every adapter prints."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Optional


@dataclass
class Finding:
    """One hazard at one place. Lines are 1-based, columns 1-based."""

    path: str
    line: int
    col: int
    code: str
    message: str
    end_line: Optional[int] = None
    end_col: Optional[int] = None
    scope: str = ""
    symbol: str = ""
    severity: str = "warning"
    source: str = "static"
    probe: Optional[dict] = field(default=None)
    # Where a hazard reached through a call into another module really is: [[path, line], ...]
    related: Optional[list] = field(default=None)
    # For such a hazard: (path, line, col, message without the chain), used to report it
    # where it is when that file is linted too (engine.relocate). Not printed.
    origin: Optional[tuple] = field(default=None, compare=False, repr=False)
    # What the line does at the linted level when the severity does not say it (Hit.stage). Not printed.
    stage: str = field(default="", compare=False, repr=False)
    # (scope, line) of the calls in graph roots that reach it, None for a root's own line. Not printed.
    entries: tuple = field(default=(), compare=False, repr=False)
    # The whole chains of calls from the roots to it (each a tuple of entries). Not printed.
    chains: tuple = field(default=(), compare=False, repr=False)
    # A refusal in a helper reported at its call: (the helper's label, its line there). Not printed.
    helper_at: Optional[tuple] = field(default=None, compare=False, repr=False)

    def sort_key(self):
        return (self.path, self.line, self.col, self.code)

    def to_dict(self) -> dict:
        data = asdict(self)
        del data["origin"]
        del data["stage"]
        del data["entries"]
        del data["chains"]
        del data["helper_at"]
        for key in ("probe", "related"):
            if data[key] is None:
                del data[key]
        return data
