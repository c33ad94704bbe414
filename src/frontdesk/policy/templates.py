"""Approved message text: placeholder checks at load time and strict rendering at send time.

Automation never improvises wording, so an unknown template or a missing value is an error,
not a blank in a message to a resident.
"""

from __future__ import annotations

from collections.abc import Mapping
from string import Formatter

_FORMATTER = Formatter()


class TemplateError(KeyError):
    """A template could not be rendered: it is unknown or a placeholder has no value."""

    def __init__(self, template: str, message: str, placeholder: str | None = None) -> None:
        super().__init__(message)
        self.template = template
        self.placeholder = placeholder
        self.message = message

    def __str__(self) -> str:
        # KeyError would print the repr of its argument; people should read a sentence.
        return self.message


def placeholders(text: str) -> list[str]:
    """The placeholder names in ``text``, in order of first use (raises ValueError if malformed)."""
    names: list[str] = []
    for _literal, field, _spec, _conversion in _FORMATTER.parse(text):
        if field is not None and field not in names:
            names.append(field)
    return names


def text_problems(text: str) -> list[str]:
    """Why ``text`` is not a valid template: placeholders must be plain names like {unit}."""
    try:
        parsed = list(_FORMATTER.parse(text))
    except ValueError as exc:
        return [f"malformed placeholder ({exc}); write literal braces as '{{{{' and '}}}}'"]
    problems: list[str] = []
    for _literal, field, spec, conversion in parsed:
        if field is None:
            continue
        if not field.isidentifier() or spec or conversion:
            shown = field + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
            problems.append(f"placeholder {{{shown}}} must be a plain name like {{first_name}}")
    return problems


def render_text(template: str, text: str, variables: Mapping[str, object]) -> str:
    """Fill ``text``'s placeholders from ``variables``; a missing one raises TemplateError."""
    try:
        return text.format_map(variables)
    except KeyError as exc:
        name = str(exc.args[0]) if exc.args else "?"
        raise TemplateError(
            template, f"template '{template}' needs a value for {{{name}}}", placeholder=name
        ) from None
