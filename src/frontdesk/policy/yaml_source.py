"""Reading policy YAML while keeping the node tree, so every problem can name its line.

The loader reads scalars the way people write policies: ``21:00`` stays the string "21:00"
(YAML 1.1 would make it the base-60 integer 1260) and only true/false are booleans, so a
language code like ``no`` is not read as False.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"


# libyaml's parser when PyYAML was built with it (several times faster); same nodes and marks.
try:
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]


class _PolicyLoader(_BaseLoader):
    """SafeLoader without sexagesimal numbers and yes/no/on/off booleans."""


_PolicyLoader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag not in (_BOOL, _INT, _FLOAT)]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
_PolicyLoader.add_implicit_resolver(
    _BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_PolicyLoader.add_implicit_resolver(
    _INT,
    re.compile(r"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+)$"),
    list("-+0123456789"),
)
_PolicyLoader.add_implicit_resolver(
    _FLOAT,
    re.compile(
        r"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?"
        r"|\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+0123456789."),
)


class YamlSyntaxError(Exception):
    """The text is not YAML; ``line`` is 1-based when the parser knows it."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def read_yaml(text: str) -> tuple[object, Node | None]:
    """The document's data and its node tree (both None for an empty document)."""
    loader = _PolicyLoader(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        context = exc.context
        if context and exc.context_mark and exc.context_mark is not mark:
            context += f" (from line {exc.context_mark.line + 1})"
        parts = [p for p in (context, exc.problem) if p]
        raise YamlSyntaxError("; ".join(parts), mark.line + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(str(exc), None) from None
    finally:
        loader.dispose()
    return data, root


def line_of(root: Node | None, loc: Sequence[str | int]) -> int | None:
    """The 1-based line of the node at ``loc``, or of its nearest existing parent.

    For a mapping entry the key's line is used: that is where a reader looks for the field.
    When a key repeats, the last one wins, as it does in the parsed data.
    """
    if root is None:
        return None
    node: Node = root
    line = root.start_mark.line + 1
    for part in loc:
        child = _child(node, part)
        if child is None:
            break
        line, node = child
    return line


def _child(node: Node, part: str | int) -> tuple[int, Node] | None:
    if isinstance(node, MappingNode):
        found: tuple[int, Node] | None = None
        for key, value in node.value:
            if isinstance(key, ScalarNode) and key.value == str(part):
                found = (key.start_mark.line + 1, value)
        return found
    if isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
        item: Node = node.value[part]
        return item.start_mark.line + 1, item
    return None


def duplicate_keys(root: Node | None) -> list[tuple[tuple[str | int, ...], int]]:
    """Keys written twice in one mapping (YAML keeps the last silently), with their lines."""
    found: list[tuple[tuple[str | int, ...], int]] = []
    stack: list[tuple[Node, tuple[str | int, ...]]] = [(root, ())] if root is not None else []
    while stack:
        node, loc = stack.pop()
        if isinstance(node, MappingNode):
            seen: set[str] = set()
            for key, value in node.value:
                name = str(key.value) if isinstance(key, ScalarNode) else "?"
                if name in seen:
                    found.append(((*loc, name), key.start_mark.line + 1))
                seen.add(name)
                stack.append((value, (*loc, name)))
        elif isinstance(node, SequenceNode):
            stack.extend((item, (*loc, i)) for i, item in enumerate(node.value))
    return sorted(found, key=lambda item: item[1])
