"""Reading YAML safely, keeping the line of every mapping, key and list item.

Dossiers are untrusted text. This reader refuses aliases (which is what makes a
"billion laughs" alias bomb possible), refuses non-standard tags, refuses
repeated keys (PyYAML would silently keep the last one) and caps the file size.
It builds values straight from the parser's events, without PyYAML's node tree
(which costs several hundred bytes per value), and stops at fixed bounds on
nesting depth and on the number of values, so that a hostile file costs at most
one linear pass over its bytes and memory within a small multiple of its size.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Any

import yaml

from claimgraph.errors import InputError, Problem

__all__ = [
    "MAX_BYTES",
    "MAX_COLLECTIONS",
    "MAX_DEPTH",
    "MAX_VALUES",
    "Located",
    "LocatedList",
    "read_text",
    "read_yaml",
]

#: Largest file read, in bytes. A dossier is one story; a million-claim
#: collection belongs in the ledger store, not in one YAML file.
MAX_BYTES = 16 * 1024 * 1024
#: Deepest nesting of lists and mappings. A dossier needs five levels (file,
#: section, entry, proposition, value); the bound keeps hostile nesting cheap.
MAX_DEPTH = 32
#: Most values (scalars, keys, lists and mappings) in one file.
MAX_VALUES = 4_000_000
#: Most lists and mappings in one file: each costs far more memory than its bytes.
MAX_COLLECTIONS = 1_000_000

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_COLLECTION_TAGS = {None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}
_STR = "tag:yaml.org,2002:str"
#: Scalar tags read as themselves; the merge key ``<<`` and ``=`` as a value are plain text.
_SCALAR_TAGS = {
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:timestamp",
}
_AS_TEXT = {_STR, "tag:yaml.org,2002:merge", "tag:yaml.org,2002:value"}
_TOO_BIG_HINT = "a dossier is one story: split it into several files, or keep a large collection in a ledger store"


class Located(dict[str, object]):
    """A mapping that remembers its own line and the line of each key."""

    __slots__ = ("key_lines", "line")

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.line = 0
        self.key_lines: dict[str, int] = {}

    def line_of(self, key: str) -> int:
        """The line of ``key``, or of the mapping itself when the key is absent."""
        return self.key_lines.get(key, self.line)


class LocatedList(list[object]):
    """A list that remembers its own line and the line of each item."""

    __slots__ = ("item_lines", "line")

    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        self.line = 0
        self.item_lines: list[int] = []


class _NotRegular(OSError):
    """The path names a FIFO, device or socket: reading it could block forever or never end."""


class _TooLarge(OSError):
    def __init__(self, size: int) -> None:
        super().__init__(f"{size} bytes")
        self.size = size


def _read_regular_file(path: Path, max_bytes: int) -> bytes:
    # Opened without blocking (a FIFO's open would wait for a writer), then checked on the
    # open descriptor, so the file read is the file checked.
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        status = os.fstat(descriptor)
        if stat.S_ISDIR(status.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(path))
        if not stat.S_ISREG(status.st_mode):
            raise _NotRegular(errno.EINVAL, "not a regular file", str(path))
        if status.st_size > max_bytes:
            raise _TooLarge(status.st_size)
        with os.fdopen(descriptor, "rb", closefd=False) as stream:
            data = stream.read(max_bytes + 1)
    finally:
        os.close(descriptor)
    if len(data) > max_bytes:  # it grew while being read
        raise _TooLarge(len(data))
    return data


def read_text(path: Path, label: str, max_bytes: int = MAX_BYTES) -> str:
    """Read a UTF-8 text file with the checks every input deserves.

    Args:
        path: the file.
        label: how to name the file in messages (as the user wrote it).
        max_bytes: refuse larger files before reading them.

    Returns:
        The text, with a leading byte-order mark removed and line ends normalised.

    Raises:
        InputError: missing, unreadable, not a regular file (a FIFO, device or
            socket), a loop of symbolic links, too large, binary or not UTF-8.
    """

    def fail(message: str, hint: str, line: int = 0) -> InputError:
        return InputError([Problem(label, line, "", message, hint)])

    try:
        data = _read_regular_file(path, max_bytes)
    except FileNotFoundError:
        raise fail("does not exist", "check the path") from None
    except IsADirectoryError:
        raise fail("is a folder, not a file", "name a file, or a folder where one is allowed") from None
    except _NotRegular:
        raise fail(
            "is not a regular file (a pipe, device or socket)",
            "name an ordinary file: claimgraph never waits on a pipe",
        ) from None
    except _TooLarge as exc:
        raise fail(
            f"is {exc.size:,} bytes, more than the {max_bytes:,} allowed", "split it into smaller files, one story each"
        ) from None
    except ValueError:  # a NUL byte in the name
        raise fail("has a name no file can have (it holds a NUL character)", "check the path") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise fail("is a loop of symbolic links", "point the link at a real file") from None
        raise fail(f"cannot be read: {exc.strerror or exc}", "check its permissions") from None
    if b"\x00" in data:
        raise fail("is a binary file, not text", "name a UTF-8 text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise fail(
            f"is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})", "save the file as UTF-8", line
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_yaml(text: str, label: str) -> object:
    """Parse one YAML document into plain Python values with line numbers.

    Mappings become :class:`Located`, sequences :class:`LocatedList`, and scalars
    the usual str, int, float, bool, date or None.

    Raises:
        InputError: a syntax error (with its line), an alias, a tag outside
            YAML's standard types, a repeated key, a list or mapping used as a
            key, more than one document, nesting deeper than :data:`MAX_DEPTH`, or
            more than :data:`MAX_VALUES` values or :data:`MAX_COLLECTIONS` lists
            and mappings.
    """
    loader = _Loader(text)
    try:
        return _Builder(loader, label).build()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        reason = exc.problem or "malformed YAML"
        raise InputError(
            [
                Problem(
                    label,
                    line,
                    "",
                    f"YAML syntax error: {reason}",
                    "check indentation, colons and quotes on this line or the one before",
                )
            ]
        ) from None
    except yaml.YAMLError as exc:
        raise InputError([Problem(label, 0, "", f"YAML error: {exc}", "check the file's syntax")]) from None
    finally:
        loader.dispose()


_NO_KEY = object()


class _Frame:
    """A list or mapping being filled, and for a mapping the key waiting for its value."""

    __slots__ = ("container", "key", "key_line")

    def __init__(self, container: Located | LocatedList) -> None:
        self.container = container
        self.key: object = _NO_KEY
        self.key_line = 0


def _line(event: Any) -> int:
    """The 1-based line where an event starts."""
    mark = event.start_mark
    return mark.line + 1 if mark is not None else 0


class _Builder:
    """Turns the parser's events into values, one event at a time, with no recursion."""

    def __init__(self, loader: yaml.SafeLoader, label: str) -> None:
        self._loader = loader
        self._label = label
        # Plain scalars repeat (ids, dates, true/false, small numbers); their values are
        # immutable, so each text is resolved once. Bounded, so hostile input cannot grow it.
        self._plain: dict[str, object] = {}

    def _fail(self, event: Any, message: str, hint: str) -> InputError:
        return InputError([Problem(self._label, _line(event), "", message, hint)])

    def build(self) -> object:
        get_event: Any = self._loader.get_event
        stack: list[_Frame] = []
        root: object = None
        documents = values = collections = 0
        while True:
            event: Any = get_event()
            if event is None:
                return root
            kind = type(event)
            opened: Located | LocatedList | None = None  # the list or mapping this event starts
            if kind is yaml.ScalarEvent:
                value = self._scalar(event)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                if event.tag not in _COLLECTION_TAGS:
                    raise self._fail(event, f"uses the tag {event.tag!r}", "use plain lists and mappings; no !tags")
                if len(stack) >= MAX_DEPTH:
                    raise self._fail(
                        event,
                        f"nests lists and mappings more than {MAX_DEPTH} levels deep",
                        "a dossier needs only a few levels: sections, entries, a proposition",
                    )
                collections += 1
                if collections > MAX_COLLECTIONS:
                    raise self._fail(event, f"holds more than {MAX_COLLECTIONS:,} lists and mappings", _TOO_BIG_HINT)
                opened = Located() if kind is yaml.MappingStartEvent else LocatedList()
                opened.line = _line(event)
                value = opened
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                stack.pop()
                continue
            elif kind is yaml.AliasEvent:
                raise self._fail(
                    event, "uses a YAML alias (*name)", "dossiers do not allow anchors and aliases: write the value out"
                )
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise self._fail(
                        event,
                        "YAML syntax error: expected a single document in the stream, but found another document",
                        "remove the '---' line: a dossier is one document",
                    )
                continue
            else:  # stream start and end, document end
                continue
            values += 1
            if values > MAX_VALUES:
                raise self._fail(event, f"holds more than {MAX_VALUES:,} values", _TOO_BIG_HINT)
            if stack:
                self._place(stack[-1], value, event)
            else:
                root = value
            if opened is not None:
                stack.append(_Frame(opened))

    def _place(self, frame: _Frame, value: object, event: Any) -> None:
        container = frame.container
        line = _line(event)
        if type(container) is LocatedList:
            container.append(value)
            container.item_lines.append(line)
            return
        assert isinstance(container, Located)
        if frame.key is _NO_KEY:
            if isinstance(value, Located | LocatedList):
                raise self._fail(event, "uses a list or mapping as a key", "keys are plain words, e.g. 'claims:'")
            if getattr(event, "tag", None) == "tag:yaml.org,2002:merge" or (
                event.tag is None and event.value == "<<" and event.implicit[0]
            ):
                raise self._fail(event, "uses a YAML merge key (<<)", "write the fields out")
            key = value if isinstance(value, str) else str(value).lower() if isinstance(value, bool) else str(value)
            if key in container:
                raise self._fail(event, f"the key {key!r} appears twice in the same entry", "keep one of them")
            frame.key = key
            frame.key_line = line
            return
        key = str(frame.key)
        container[key] = value
        container.key_lines[key] = frame.key_line
        frame.key = _NO_KEY

    def _scalar(self, event: Any) -> object:
        tag = event.tag
        text = event.value
        if tag is None and event.implicit[0]:
            known = self._plain.get(text, _NO_KEY)
            if known is not _NO_KEY:
                return known
            value = self._resolved(event)
            if len(self._plain) < 4096 and len(text) <= 64:
                self._plain[text] = value
            return value
        if tag is None or tag == "!":
            # types-PyYAML leaves BaseResolver.resolve unannotated (it returns the tag, a str).
            tag = self._loader.resolve(yaml.ScalarNode, text, event.implicit)  # type: ignore[no-untyped-call]
        if tag in _AS_TEXT:
            return text
        return self._resolved(event, tag)

    def _resolved(self, event: Any, tag: str | None = None) -> object:
        text = event.value
        if tag is None:
            if text.isascii() and text.isdigit() and (text == "0" or text[0] != "0") and len(text) < 4000:
                return int(text)  # a plain decimal integer: what YAML's resolver would make of it, sooner
            # types-PyYAML leaves BaseResolver.resolve unannotated (it returns the tag, a str).
            tag = self._loader.resolve(yaml.ScalarNode, text, event.implicit)  # type: ignore[no-untyped-call]
        if tag in _AS_TEXT:
            return event.value
        if tag not in _SCALAR_TAGS:
            raise self._fail(
                event,
                f"cannot read this value: it uses the tag {tag!r}",
                "use plain text, numbers, dates, true/false; no !tags",
            )
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, style=event.style)
        try:
            return self._loader.yaml_constructors[tag](self._loader, node)
        except ValueError:
            # A date-shaped scalar that is no real date ("2026-02-30"), or an integer
            # too long to convert: keep the text, so the model's validator reports it
            # along with every other problem.
            return event.value
