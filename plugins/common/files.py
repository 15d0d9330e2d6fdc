"""Writing a file whole or not at all."""

from __future__ import annotations

import os
import tempfile


def write_atomic(path, data: bytes) -> None:
    """Write ``data`` to ``path`` (whose folder exists) through a temporary file and ``os.replace``.

    A build stopped half-way leaves the old file whole, never a truncated one.
    """
    folder = os.path.dirname(os.path.abspath(path))
    fd, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
