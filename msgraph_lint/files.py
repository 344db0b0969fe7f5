"""Writing a file so that no reader ever sees half of it."""
from __future__ import annotations

import os
import tempfile
from typing import Optional


def write_atomically(path: str, data: bytes, mode: Optional[int] = None) -> None:
    """Write ``data`` to ``path`` through a temporary file of this process in the same folder,
    then a rename: a concurrent reader sees the old file or the new one, and a failure leaves
    the old file as it was. ``mode`` sets the new file's permission bits (mkstemp gives 0600)."""
    folder, name = os.path.split(path)
    fd, tmp = tempfile.mkstemp(dir=folder or ".", prefix=f".{name}.{os.getpid()}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
