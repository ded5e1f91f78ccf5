"""Safe, strict reading and writing of the YAML files the app uses.

Every file goes through :func:`read_document`, which

* refuses files that are too large, binary or not UTF-8 before parsing;
* builds the node tree from the *safe* parser's events (never constructs
  arbitrary Python objects) and refuses aliases (no "billion laughs"),
  non-standard tags (``!!python/object``), absurd nesting and absurdly many
  nodes as soon as it meets them;
* hands back a :class:`YNode` tree whose accessors validate types and keys and
  raise errors that name the file, the line and the key.

Writing uses ``yaml.safe_dump(allow_unicode=True, sort_keys=False)`` so files
stay readable in Notepad.
"""

from __future__ import annotations

import datetime as dt
import stat
from collections.abc import Iterator, Set
from pathlib import Path
from typing import Any, NoReturn

import yaml

from samverkan_gui.core.errors import SamverkanError
from samverkan_gui.core.messages import Msg

# libyaml's C loader when available: about ten times faster, same safety.
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

#: Samverkan files are a few kB; anything this large is not one of ours.
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 32
#: An assessment has about 60 YAML nodes, a group of 30 participants about 2,500.
MAX_NODES = 100_000

_STANDARD_TAGS = frozenset(
    "tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
)


def read_bytes(path: Path, error_cls: type[SamverkanError], max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """Read a whole file, turning every OS problem into ``error_cls``."""
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise error_cls("file.unreadable", path=str(path), reason=Msg("file.is_folder"))
        if not stat.S_ISREG(status.st_mode):
            # A pipe or device: opening a FIFO would block for ever, /dev/zero never ends.
            raise error_cls("file.unreadable", path=str(path), reason=Msg("file.not_regular"))
        size = status.st_size
        if size > max_bytes:
            raise error_cls(
                "file.too_large",
                path=str(path),
                size=f"{size / 1_048_576:.1f}",
                limit=max_bytes // 1_048_576,
            )
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)
    except FileNotFoundError:
        raise error_cls("file.not_found", path=str(path)) from None
    except IsADirectoryError:
        raise error_cls("file.unreadable", path=str(path), reason=Msg("file.is_folder")) from None
    except PermissionError:
        raise error_cls("file.unreadable", path=str(path), reason=Msg("file.no_permission")) from None
    except OSError as exc:
        raise error_cls("file.unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
    if len(data) > max_bytes:
        raise error_cls(
            "file.too_large", path=str(path), size=f"{len(data) / 1_048_576:.1f}", limit=max_bytes // 1_048_576
        )
    return data


def decode_text(data: bytes, path: str, error_cls: type[SamverkanError]) -> str:
    if b"\x00" in data:
        raise error_cls("file.binary", path=path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise error_cls("file.not_utf8", path=path) from None
    if not text.strip():
        raise error_cls("file.empty", path=path)
    return text


def compose(text: str, path: str, error_cls: type[SamverkanError]) -> yaml.Node:
    """Parse ``text`` into a node tree with the safe parser, vetting it as it is built."""
    loader = _Loader(text)
    try:
        node = _compose_events(loader, path, error_cls)
    except yaml.MarkedYAMLError as exc:
        if "nesting depth" in str(exc.problem):
            # PyYAML >= 6.0.4 (and libyaml 0.2.5+) stop absurd nesting themselves; same refusal as ours.
            raise error_cls("file.too_deep", path=path) from None
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else "?"
        raise error_cls("file.not_yaml", path=path, line=line, reason=yaml_reason(exc.problem or str(exc))) from None
    except yaml.YAMLError as exc:
        position = getattr(exc, "position", None)  # a ReaderError (bad character) knows where
        line = text.count("\n", 0, position) + 1 if isinstance(position, int) else "?"
        raise error_cls("file.not_yaml", path=path, line=line, reason=yaml_reason(str(exc))) from None
    finally:
        loader.dispose()
    if node is None:
        raise error_cls("file.empty", path=path)
    return node


#: libyaml's problem texts (English only) → messages in the user's language.
_YAML_PROBLEMS = (
    ("mapping values are not allowed", "yaml.colon_here"),
    ("did not find expected <document start>", "yaml.after_end"),
    ("could not find expected ':'", "yaml.colon_missing"),
    ("did not find expected key", "yaml.indent"),
    ("did not find expected node content", "yaml.value_missing"),
    ("found character that cannot start any token", "yaml.bad_start"),
    ("found unexpected end of stream", "yaml.unexpected_end"),
    ("did not find expected alphabetic or numeric character", "yaml.alias_name"),
    ("did not find expected ',' or '}'", "yaml.brace"),
    ("did not find expected ',' or ']'", "yaml.bracket"),
    ("mapping keys are not allowed", "yaml.key_here"),
    ("block sequence entries are not allowed", "yaml.dash_here"),
    ("found unexpected document indicator", "yaml.document_marker"),
    ("did not find expected '-' indicator", "yaml.dash_missing"),
    ("found unknown escape character", "yaml.escape"),
    ("found a tab character", "yaml.tab"),
    ("found duplicate %", "yaml.directive"),
    ("did not find expected hexdecimal number", "yaml.hex"),
    ("special characters are not allowed", "yaml.control"),
    ("control characters are not allowed", "yaml.control"),
)


def yaml_reason(problem: str) -> Msg:
    """The parser's complaint as a message in the user's language (English detail as a fallback)."""
    for text, key in _YAML_PROBLEMS:
        if text in problem:
            return Msg(key)
    return Msg("yaml.other", {"detail": problem})


_NODE_FOR_EVENT: dict[type, type[yaml.Node]] = {
    yaml.ScalarEvent: yaml.ScalarNode,
    yaml.SequenceStartEvent: yaml.SequenceNode,
    yaml.MappingStartEvent: yaml.MappingNode,
}
#: Which tags each kind of node may carry.
_KIND_TAGS: dict[type[yaml.Node], frozenset[str]] = {
    yaml.ScalarNode: frozenset(_STANDARD_TAGS - {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}),
    yaml.SequenceNode: frozenset({"tag:yaml.org,2002:seq"}),
    yaml.MappingNode: frozenset({"tag:yaml.org,2002:map"}),
}
_resolve = yaml.resolver.Resolver().resolve


def _compose_events(loader: Any, path: str, error_cls: type[SamverkanError]) -> yaml.Node | None:
    """Build the node tree from the parser's events, iteratively.

    PyYAML's own composer recurses (libyaml's in C, where ~100,000 nested
    brackets overflow the stack and crash the process) and keeps every node
    of a 5 MB list in memory (gigabytes, a minute).  Building the tree here
    refuses aliases, foreign tags, deep nesting and too many nodes at the
    first offending event.
    """
    get_event = loader.get_event
    root: yaml.Node | None = None
    open_nodes: list[yaml.Node] = []
    count = 0
    while True:
        event = get_event()
        event_type = type(event)
        kind = _NODE_FOR_EVENT.get(event_type)
        if kind is None:
            if event_type is yaml.SequenceEndEvent or event_type is yaml.MappingEndEvent:
                open_nodes.pop().end_mark = event.end_mark
            elif event_type is yaml.AliasEvent:
                raise error_cls("file.alias", path=path, line=event.start_mark.line + 1)
            elif event_type is yaml.DocumentStartEvent and root is not None:
                line = event.start_mark.line + 1
                raise error_cls("file.not_yaml", path=path, line=line, reason=Msg("file.several_documents"))
            elif event is None or event_type is yaml.StreamEndEvent:
                return root
            continue  # stream start, document start/end
        count += 1
        if count > MAX_NODES:
            raise error_cls("file.too_many_nodes", path=path, limit=MAX_NODES)
        if len(open_nodes) > MAX_DEPTH:
            raise error_cls("file.too_deep", path=path)
        tag = event.tag
        if kind is yaml.ScalarNode:
            if tag is None or tag == "!":
                tag = _resolve(kind, event.value, event.implicit)
            node: yaml.Node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, style=event.style)
        else:
            if tag is None or tag == "!":
                tag = _resolve(kind, None, event.implicit)
            collection = yaml.SequenceNode if kind is yaml.SequenceNode else yaml.MappingNode
            node = collection(tag, [], event.start_mark, None, flow_style=event.flow_style)
        if tag not in _KIND_TAGS[kind]:
            raise error_cls("file.tag", path=path, line=event.start_mark.line + 1, tag=tag)
        if open_nodes:
            parent = open_nodes[-1]
            if type(parent) is yaml.SequenceNode:
                parent.value.append(node)
            elif parent.value and parent.value[-1][1] is None:
                parent.value[-1] = (parent.value[-1][0], node)
            else:
                parent.value.append((node, None))
        else:
            root = node
        if kind is not yaml.ScalarNode:
            open_nodes.append(node)


def read_document(path: Path, error_cls: type[SamverkanError], max_bytes: int = MAX_FILE_BYTES) -> YNode:
    """Read, decode, parse and vet a YAML file; the root node of the document."""
    data = read_bytes(path, error_cls, max_bytes)
    return parse_document(data, str(path), error_cls)


def parse_document(data: bytes, path: str, error_cls: type[SamverkanError]) -> YNode:
    text = decode_text(data, path, error_cls)
    return YNode(compose(text, path, error_cls), path, "", error_cls)


_constructor = yaml.constructor.SafeConstructor()
#: What PyYAML's scalar constructors raise on a scalar whose explicit tag does not fit
#: (``!!bool maybe`` -> KeyError, ``!!int ""`` -> IndexError, ``!!timestamp x`` -> AttributeError,
#: ``2020-02-30`` -> ValueError, a 5,000-digit number -> ValueError).
_CONSTRUCT_ERRORS = (yaml.YAMLError, ValueError, OverflowError, LookupError, AttributeError, TypeError)


def _construct_scalar(node: yaml.Node) -> Any:
    """The Python value of a vetted scalar node.

    Calls the safe constructor's function for the tag directly: ``construct_object``
    would remember every node in the shared constructor's cache for the life of
    the process (a leak when a facilitator loads thousands of files).
    """
    if not isinstance(node, yaml.ScalarNode):
        raise TypeError("not a scalar")
    return _constructor.yaml_constructors[node.tag](_constructor, node)


class YNode:
    """A node of a vetted YAML document, with accessors that validate as they read."""

    __slots__ = ("error_cls", "key", "node", "path")

    def __init__(self, node: yaml.Node, path: str, key: str, error_cls: type[SamverkanError]) -> None:
        self.node = node
        self.path = path
        self.key = key
        self.error_cls = error_cls

    @property
    def line(self) -> int:
        return self.node.start_mark.line + 1

    def fail(self, problem: str, **params: Any) -> NoReturn:
        """Raise the file's error type naming this node's file, line and key."""
        raise self.error_cls(
            "schema.location",
            path=self.path,
            line=self.line,
            key=self.key or "/",
            problem=Msg(problem, params),
        )

    def _child_key(self, name: str | int) -> str:
        if isinstance(name, int):
            return f"{self.key}[{name}]"
        return f"{self.key}.{name}" if self.key else name

    # --- structure ---------------------------------------------------------

    def is_mapping(self) -> bool:
        return isinstance(self.node, yaml.MappingNode)

    def mapping(self, allowed: set[str] | None = None, required: Set[str] = frozenset()) -> dict[str, YNode]:
        """The mapping's entries by key; unknown, duplicate and missing keys are refused.

        With ``allowed=None`` any string key is accepted (e.g. answers by question id).
        """
        if not isinstance(self.node, yaml.MappingNode):
            self.fail("schema.not_mapping")
        entries: dict[str, YNode] = {}
        for key_node, value_node in self.node.value:
            try:
                key_value = _construct_scalar(key_node)
            except _CONSTRUCT_ERRORS:
                key_value = None
            if isinstance(key_value, bool) or not isinstance(key_value, (str, int)):
                label = key_node.value if isinstance(key_node, yaml.ScalarNode) else "?"
                YNode(key_node, self.path, self._child_key(label), self.error_cls).fail("schema.not_text")
            key = str(key_value)
            child = YNode(value_node, self.path, self._child_key(key), self.error_cls)
            if allowed is not None and key not in allowed:
                child.fail("schema.unknown_key", allowed=", ".join(sorted(allowed)))
            if key in entries:
                child.fail("schema.duplicate_key")
            entries[key] = child
        for missing in sorted(required - entries.keys()):
            self.fail("schema.missing_key", missing=missing)
        return entries

    def sequence(self, non_empty: bool = False) -> list[YNode]:
        if not isinstance(self.node, yaml.SequenceNode):
            self.fail("schema.not_list")
        items = [YNode(child, self.path, self._child_key(i), self.error_cls) for i, child in enumerate(self.node.value)]
        if non_empty and not items:
            self.fail("schema.empty_list")
        return items

    def __iter__(self) -> Iterator[YNode]:
        return iter(self.sequence())

    # --- scalars -------------------------------------------------------------

    def scalar(self) -> Any:
        if not isinstance(self.node, yaml.ScalarNode):
            self.fail("schema.not_text")
        try:
            return _construct_scalar(self.node)
        except _CONSTRUCT_ERRORS:
            self.fail("schema.not_text")

    def text(self, allow_empty: bool = False) -> str:
        value = self.scalar()
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.fail("schema.not_text")
        text = value if isinstance(value, str) else self.node.value
        if not allow_empty and not text.strip():
            self.fail("schema.empty_text")
        return text

    def optional_text(self) -> str:
        """A free text a user typed; ``null`` or empty are both ''."""
        if isinstance(self.node, yaml.ScalarNode) and self.node.tag == "tag:yaml.org,2002:null":
            return ""
        return self.text(allow_empty=True)

    def integer(self) -> int:
        value = self.scalar()
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail("schema.not_int")
        return value

    def boolean(self) -> bool:
        value = self.scalar()
        if not isinstance(value, bool):
            self.fail("schema.not_bool")
        return value

    def date(self) -> dt.date | None:
        if isinstance(self.node, yaml.ScalarNode) and self.node.tag == "tag:yaml.org,2002:null":
            return None
        if isinstance(self.node, yaml.ScalarNode) and self.node.tag == "tag:yaml.org,2002:timestamp":
            # Looks like a date but is none (2027-02-30): say so, not "expected a text".
            try:
                value = _construct_scalar(self.node)
            except _CONSTRUCT_ERRORS:
                self.fail("assessment.bad_date", value=self.node.value)
        else:
            value = self.scalar()
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.fail("assessment.bad_date", value=self.node.value)

    def datetime(self) -> dt.datetime | None:
        if isinstance(self.node, yaml.ScalarNode) and self.node.tag == "tag:yaml.org,2002:null":
            return None
        value = self.scalar()
        if isinstance(value, dt.datetime):
            return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        if isinstance(value, str):
            try:
                parsed = dt.datetime.fromisoformat(value.strip())
            except ValueError:
                pass
            else:
                return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
        self.fail("assessment.bad_time", value=self.node.value)


def dump(data: Any) -> bytes:
    """Serialise plain data as UTF-8 YAML that reads well in any text editor."""
    text: str = yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=100,
    )
    return text.encode("utf-8")
