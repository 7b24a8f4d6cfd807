"""Files as files: writing them atomically, and telling a ledger store from a dossier by its first bytes.

Every file claimgraph writes goes through :func:`write_atomic`,
:func:`write_files_atomic`, :class:`StagedFiles` (files written a piece at a
time) or :func:`install_file`, which share one policy:

- only a regular file is ever replaced: a directory, device, FIFO, socket or
  symbolic link at the target is refused with a message naming it (standard
  output is the command line's ``-o -``, never ``/dev/stdout``);
- the text goes to a temporary file in the target's own folder, is flushed to
  disk, and only then renamed over the target, so a reader sees the old file or
  the new one, never a part;
- a new file gets the mode the umask allows (0644 under umask 022), a rewritten
  one keeps its mode (and, when run as root, its owner);
- on any error (full disk, no permission, a missing folder) the temporary file
  is removed and an :class:`~claimgraph.errors.OutputError` names the target.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType

from claimgraph.errors import OutputError

__all__ = [
    "SQLITE_HEADER",
    "StagedFile",
    "StagedFiles",
    "install_file",
    "is_store",
    "output_mode",
    "write_atomic",
    "write_files_atomic",
]

#: The first 16 bytes of every SQLite database, and so of every ledger store.
SQLITE_HEADER = b"SQLite format 3\x00"

_NOT_REGULAR = (
    (stat.S_ISDIR, "is a directory"),
    (stat.S_ISCHR, "is a character device"),
    (stat.S_ISBLK, "is a block device"),
    (stat.S_ISFIFO, "is a named pipe (FIFO)"),
    (stat.S_ISSOCK, "is a socket"),
)
_ONLY_FILES = "claimgraph writes only regular files; name a file, or -o - for standard output"


def is_store(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` is a file that starts with the SQLite header (whatever its name).

    Only the content is looked at: whether it is a ledger this claimgraph reads
    is for :func:`claimgraph.store.schema.open_store` to say.
    """
    try:
        # Without blocking: opening a FIFO to read would wait for a writer forever.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except (OSError, ValueError):  # ValueError: a NUL in the name
        return False
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return False
        return os.read(descriptor, 16) == SQLITE_HEADER
    except OSError:
        return False
    finally:
        os.close(descriptor)


def _umask() -> int:
    # The umask can only be read by setting it; set it straight back.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def output_mode(path: str | os.PathLike[str]) -> tuple[int, os.stat_result | None]:
    """The permission bits a write to ``path`` should leave, after checking the target may be replaced.

    Returns:
        (mode, status): the existing file's mode and its ``lstat`` for a rewrite;
        ``0o666`` less the umask and None for a new file.

    Raises:
        OutputError: the path is a symbolic link, directory, device, FIFO or
            socket, or its status cannot be read.
    """
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return 0o666 & ~_umask(), None
    except (OSError, ValueError) as exc:
        raise OutputError(str(path), _reason(exc)) from None
    if stat.S_ISLNK(status.st_mode):
        raise OutputError(str(path), "is a symbolic link", _ONLY_FILES)
    for test, what in _NOT_REGULAR:
        if test(status.st_mode):
            raise OutputError(str(path), what, _ONLY_FILES)
    return stat.S_IMODE(status.st_mode), status


def _reason(exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError):
        return "its folder does not exist"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


def _sync_folder(folder: Path) -> None:
    # Make the rename itself durable; some file systems cannot open a folder, which is no reason to fail.
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _settle(handle: int, mode: int, status: os.stat_result | None) -> None:
    """Give a temporary file its final mode and owner, and flush it to disk."""
    os.fchmod(handle, mode)
    if status is not None and os.geteuid() == 0:
        with contextlib.suppress(OSError):
            os.fchown(handle, status.st_uid, status.st_gid)
    os.fsync(handle)


_CHUNK = 1 << 20  # bytes copied at once between staged files


class StagedFile:
    """A temporary file beside its target, written a piece at a time; see :class:`StagedFiles`."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self._mode, self._status = output_mode(target)
        try:
            self._handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        except (OSError, ValueError) as exc:
            raise OutputError(str(target), _reason(exc)) from None
        self.temporary = Path(name)
        self.size = 0
        self._open = True
        self._pending = bytearray()  # written in megabytes, not in as many calls as there are pieces

    def write(self, data: bytes) -> None:
        """Append bytes to the file."""
        self.size += len(data)
        if len(self._pending) + len(data) < _CHUNK:
            self._pending += data
            return
        self._flush()
        self._write_out(data)

    def _flush(self) -> None:
        pending = bytes(self._pending)
        self._pending.clear()
        self._write_out(pending)

    def _write_out(self, data: bytes) -> None:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(self._handle, view) :]
        except OSError as exc:
            raise OutputError(str(self.target), _reason(exc)) from None

    def copy_to(self, other: StagedFile, start: int, end: int) -> None:
        """Append this file's bytes ``start`` to ``end`` to ``other``, a megabyte at a time."""
        self._flush()
        while start < end:
            try:
                chunk = os.pread(self._handle, min(_CHUNK, end - start), start)
            except OSError as exc:
                raise OutputError(str(self.target), _reason(exc)) from None
            if not chunk:
                raise OutputError(str(self.target), "its temporary file ended early")
            other.write(chunk)
            start += len(chunk)

    def settle(self) -> None:
        """Give the file its target's mode (and owner), flush it to disk and close it."""
        self._flush()
        try:
            try:
                _settle(self._handle, self._mode, self._status)
            finally:
                self.close()
        except OSError as exc:
            raise OutputError(str(self.target), _reason(exc)) from None

    def close(self) -> None:
        """Close the file (it stays on disk until published or discarded)."""
        if self._open:
            self._open = False
            os.close(self._handle)

    def discard(self) -> None:
        """Close and remove the temporary file."""
        with contextlib.suppress(OSError):
            self.close()
        self.temporary.unlink(missing_ok=True)


class StagedFiles:
    """Files written a piece at a time, then published together: all of them or none.

    For writers that cannot hold their texts: each file is a temporary one
    beside its target (the target checked first, as :func:`write_atomic`
    does), written as the text comes; :meth:`publish` flushes them all to disk
    and renames them over their targets in the order they were staged. Leaving
    the ``with`` block without publishing, or on any error, removes every
    temporary file and replaces nothing. A scratch file is staged the same way
    but never published.

    Example::

        with StagedFiles() as files:
            part = files.stage("draft.yaml")
            for piece in pieces:
                part.write(piece)
            files.publish()
    """

    def __init__(self) -> None:
        self._files: list[StagedFile] = []
        self._scratch: list[StagedFile] = []

    def stage(self, path: str | os.PathLike[str]) -> StagedFile:
        """A new temporary file that :meth:`publish` will rename over ``path``.

        Raises:
            OutputError: ``path`` is not a regular file (or a new one), or its folder refuses the file.
        """
        staged = StagedFile(Path(path))
        self._files.append(staged)
        return staged

    def scratch(self, beside: str | os.PathLike[str]) -> StagedFile:
        """A temporary file beside ``beside``, removed when the batch ends, never published."""
        staged = StagedFile(Path(beside))
        self._scratch.append(staged)
        return staged

    def publish(self) -> None:
        """Flush every staged file to disk, then rename each over its target.

        Raises:
            OutputError: a file could not be flushed or renamed (the message names it);
                the files not yet renamed are removed.
        """
        for staged in self._files:
            staged.settle()
        files, self._files = self._files, []
        _publish({staged.target: staged.temporary for staged in files})

    def discard(self) -> None:
        """Remove every temporary file, staged or scratch."""
        for staged in (*self._files, *self._scratch):
            staged.discard()
        self._files, self._scratch = [], []

    def __enter__(self) -> StagedFiles:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.discard()


def _publish(staged: Mapping[Path, Path]) -> None:
    """Rename each staged temporary file over its target; on failure remove the ones not yet renamed."""
    pending = dict(staged)
    try:
        for target, temporary in staged.items():
            # Checked again just before the rename: something may have appeared there meanwhile.
            output_mode(target)
            try:
                os.replace(temporary, target)
            except OSError as exc:
                raise OutputError(str(target), _reason(exc)) from None
            del pending[target]
    finally:
        for temporary in pending.values():
            temporary.unlink(missing_ok=True)
    for folder in {target.parent for target in staged}:
        _sync_folder(folder)


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write text (UTF-8, ``\\n`` line ends as given) to a regular file, replacing it whole or not at all.

    Raises:
        OutputError: the target is not a regular file, or the write failed (the
            message names the file; nothing is left behind).
    """
    write_files_atomic({path: text})


def write_files_atomic(files: Mapping[str | os.PathLike[str], str]) -> None:
    """Write several files so that none is replaced until all are written out.

    Every text is first written to a temporary file beside its target and flushed
    to disk; only then are they renamed into place, in the order given. A full
    disk or a refused target therefore leaves every file as it was.

    Raises:
        OutputError: as for :func:`write_atomic`, naming the first file that failed.
    """
    with StagedFiles() as staged:
        for path, text in files.items():
            staged.stage(path).write(text.encode("utf-8"))
        staged.publish()


def install_file(temporary: str | os.PathLike[str], path: str | os.PathLike[str]) -> None:
    """Move a finished temporary file (in the target's folder) over ``path``, as :func:`write_atomic` would.

    For writers that stream a large file to a temporary first: the file gets the
    target's mode, is flushed to disk and renamed into place. The temporary file
    is gone afterwards whether or not this succeeds.

    Raises:
        OutputError: the target is not a regular file, or the move failed.
    """
    temporary, target = Path(temporary), Path(path)
    try:
        mode, status = output_mode(target)
        try:
            handle = os.open(temporary, os.O_RDONLY)
            try:
                _settle(handle, mode, status)
            finally:
                os.close(handle)
        except OSError as exc:
            raise OutputError(str(target), _reason(exc)) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _publish({target: temporary})
