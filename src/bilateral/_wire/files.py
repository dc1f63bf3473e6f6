"""Dataset files: reading (with a size limit), and writing atomically."""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path
from typing import BinaryIO

from bilateral._model import Dataset
from bilateral._values.errors import NotARegularFileError, Problem, ValidationError
from bilateral._wire.converter import dumps_utf8, loads

#: The largest document :func:`load` reads unless told otherwise: 256 MiB.
DEFAULT_MAX_BYTES = 256 * 1024 * 1024


_CHUNK = 1024 * 1024


def _size_hint(stream: BinaryIO) -> int:
    """The size of the file behind ``stream`` if it is a regular file, else 0."""
    try:
        status = os.fstat(stream.fileno())
    except (OSError, AttributeError, ValueError):  # io.UnsupportedOperation is an OSError
        return 0
    return status.st_size if stat.S_ISREG(status.st_mode) else 0


def _read_at_most(stream: BinaryIO, limit: int) -> bytes:
    """At most ``limit`` bytes of ``stream``, without setting ``limit`` bytes aside first.

    ``read(n)`` allocates ``n`` bytes before reading; asking for the whole
    limit (256 MiB) to read a small file cost that much memory for a moment.
    A regular file is read in one piece of its size (plus one byte, to see
    whether it grew); anything else, or what follows, in pieces of 1 MiB.
    """
    chunks: list[bytes] = []
    size = 0
    hint = _size_hint(stream)
    ask = min(hint + 1 if hint else _CHUNK, limit)
    while size < limit:
        chunk = stream.read(ask)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        ask = min(_CHUNK, limit - size)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def read_limited(source: str | os.PathLike[str] | BinaryIO, max_bytes: int) -> bytes:
    """The bytes of a file (a path or an open binary stream), at most ``max_bytes`` of them.

    Reads at most one byte more than the limit, so an endless input such as
    ``/dev/zero`` costs no more than the limit.

    Raises:
        ValidationError: At ``$``: the input is larger than ``max_bytes``.
        OSError: The file cannot be read.
    """
    if isinstance(source, str | os.PathLike):
        with Path(source).open("rb") as stream:
            data = _read_at_most(stream, max_bytes + 1)
    else:
        data = _read_at_most(source, max_bytes + 1)
    if len(data) > max_bytes:
        raise ValidationError(
            [Problem("$", f"larger than the limit of {max_bytes} bytes; not read further")]
        )
    return data


def load(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Dataset:
    """Read a dataset from a JSON file.

    Args:
        path: The file.
        max_bytes: The largest file read, 256 MiB unless given; a larger
            one (or an endless one, such as ``/dev/zero``) is refused after
            reading one byte more than this.

    Raises:
        ValidationError: The file is not a valid document, or is larger than
            ``max_bytes`` (a problem at ``$``).
        OSError: The file cannot be read.
    """
    return loads(read_limited(path, max_bytes))


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"  # pragma: no cover - doors, whiteouts, ...


def _create_temporary(folder: Path, permissions: int) -> tuple[Path, int]:
    """A new file ``.bilateral-XXXXXXXX.tmp`` in ``folder``: its path and a descriptor to write."""
    while True:
        temporary = folder / f".bilateral-{secrets.token_hex(4)}.tmp"
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
            return temporary, os.open(temporary, flags, permissions & 0o777)
        except FileExistsError:  # pragma: no cover - one chance in four billion
            continue


def dump(dataset: Dataset, path: str | os.PathLike[str]) -> None:
    """Write ``dataset`` to ``path`` as canonical JSON, atomically.

    The text goes to a temporary file in the same folder, which then
    replaces ``path``; a crash or a full disk never leaves a half-written
    file where a good one was. If ``path`` is a symbolic link, the file it
    points to is replaced (the link stays), as ``sed -i --follow-symlinks``
    and editors do. The file keeps the permissions of the file it replaces,
    or gets those a new file gets (the umask applies); the temporary file
    has them from the start, so it is never readable by more people than
    the file will be.

    The temporary file is named ``.bilateral-XXXXXXXX.tmp`` (eight hex
    digits) and removed if writing fails; only a process killed while
    writing leaves one behind, which is safe to delete once no ``dump`` is
    running in that folder.

    Raises:
        NotARegularFileError: ``path`` (or what it links to) is a folder, a
            FIFO, a device or a socket.
        OSError: The file cannot be written.
    """
    target = Path(os.path.realpath(path))
    try:
        mode: int | None = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        raise NotARegularFileError(os.fspath(path), _kind(mode))
    text = dumps_utf8(dataset)
    # Not tempfile.mkstemp: its files are always 0600, and replacing a shared
    # file with one would lock everybody else out of it. Created with the
    # final permissions (less what the umask removes, restored by fchmod).
    permissions = 0o666 if mode is None else stat.S_IMODE(mode)
    temporary, handle = _create_temporary(target.parent, permissions)
    try:
        with os.fdopen(handle, "wb") as stream:
            if mode is not None:
                os.fchmod(stream.fileno(), permissions)
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.replace(target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
