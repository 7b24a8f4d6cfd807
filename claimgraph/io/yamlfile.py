"""Reading YAML safely, keeping the line of every mapping, key and list item.

Dossiers are untrusted text. This reader refuses aliases (which is what makes a
"billion laughs" alias bomb possible), refuses non-standard tags, refuses
repeated keys (PyYAML would silently keep the last one) and caps the file size,
so that a hostile file costs at most one linear pass over its bytes.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from claimgraph.errors import InputError, Problem

__all__ = ["MAX_BYTES", "Located", "LocatedList", "read_text", "read_yaml"]

#: Largest file read, in bytes. A dossier is one story; a million-claim
#: collection belongs in the ledger store, not in one YAML file.
MAX_BYTES = 16 * 1024 * 1024

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_COLLECTION_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


class Located(dict):
    """A mapping that remembers its own line and the line of each key."""

    line: int = 0
    key_lines: dict

    def line_of(self, key: str) -> int:
        """The line of ``key``, or of the mapping itself when the key is absent."""
        return self.key_lines.get(key, self.line)


class LocatedList(list):
    """A list that remembers its own line and the line of each item."""

    line: int = 0
    item_lines: list


def read_text(path: Path, label: str, max_bytes: int = MAX_BYTES) -> str:
    """Read a UTF-8 text file with the checks every input deserves.

    Args:
        path: the file.
        label: how to name the file in messages (as the user wrote it).
        max_bytes: refuse larger files before reading them.

    Returns:
        The text, with a leading byte-order mark removed and line ends normalised.

    Raises:
        InputError: missing, unreadable, too large, binary or not UTF-8.
    """

    def fail(message: str, hint: str, line: int = 0) -> InputError:
        return InputError([Problem(label, line, "", message, hint)])

    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise fail(
                f"is {size:,} bytes, more than the {max_bytes:,} allowed", "split it into smaller files, one story each"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise fail("does not exist", "check the path") from None
    except IsADirectoryError:
        raise fail("is a folder, not a file", "name a file, or a folder where one is allowed") from None
    except OSError as exc:
        raise fail(f"cannot be read: {exc.strerror}", "check its permissions") from None
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
            YAML's standard types, a repeated key, or more than one document.
    """
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
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
    if node is None:
        return None
    return _Converter(loader, label).convert(node)


class _Converter:
    def __init__(self, loader: yaml.SafeLoader, label: str) -> None:
        self._loader = loader
        self._label = label
        self._seen: set[int] = set()

    def _fail(self, node: yaml.Node, message: str, hint: str) -> InputError:
        return InputError([Problem(self._label, node.start_mark.line + 1, "", message, hint)])

    def convert(self, node: yaml.Node) -> object:
        # Aliases make the composer hand out the same node object twice.
        if id(node) in self._seen:
            raise self._fail(
                node, "uses a YAML alias (*name)", "dossiers do not allow anchors and aliases: write the value out"
            )
        self._seen.add(id(node))
        if isinstance(node, yaml.MappingNode | yaml.SequenceNode) and node.tag not in _COLLECTION_TAGS:
            raise self._fail(node, f"uses the tag {node.tag!r}", "use plain lists and mappings; no !tags")
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node)
        if isinstance(node, yaml.SequenceNode):
            items = LocatedList(self.convert(item) for item in node.value)
            items.line = node.start_mark.line + 1
            items.item_lines = [item.start_mark.line + 1 for item in node.value]
            return items
        try:
            return self._loader.construct_object(node, deep=True)
        except ValueError:
            # A date-shaped scalar that is no real date ("2026-02-30"): keep the text,
            # so the model's validator reports it along with every other problem.
            return node.value
        except yaml.YAMLError as exc:
            raise self._fail(
                node,
                f"cannot read this value: {getattr(exc, 'problem', exc)}",
                "use plain text, numbers, dates, true/false; no !tags",
            ) from None

    def _mapping(self, node: yaml.MappingNode) -> Located:
        result = Located()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise self._fail(key_node, "uses a YAML merge key (<<)", "write the fields out")
            key = self.convert(key_node)
            if not isinstance(key, str):
                key = str(key).lower() if isinstance(key, bool) else str(key)
            if key in result:
                raise self._fail(key_node, f"the key {key!r} appears twice in the same entry", "keep one of them")
            result[key] = self.convert(value_node)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result
