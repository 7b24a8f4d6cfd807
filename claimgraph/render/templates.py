"""Where the HTML templates live, the Jinja2 environment that renders them, and its date filters.

The templates sit in the top-level ``templates/`` folder of a checkout (the
design card) and ship inside the wheel as ``claimgraph/templates``. One function
finds whichever copy exists, so a wheel, an editable install and a plain
checkout all work; ``PackageLoader`` alone would miss the checkout copy.

Records reach the templates with their dates still typed (a ``Period`` or a
``datetime.date``); the ``date_text`` and ``iso_day`` filters are the one place
a date becomes text on a page.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import jinja2

from claimgraph.model import Period
from claimgraph.render.bidi import balanced

__all__ = ["date_text", "iso_day", "template_dir", "template_environment"]

_PACKAGE = Path(__file__).resolve().parents[1]
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _day(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def date_text(when: Period | dt.date) -> str:
    """A day or an interval as a reader writes it: ``4 Feb 2026``, ``4 Feb 2026 – 6 Feb 2026``."""
    if isinstance(when, dt.date):
        return _day(when)
    return _day(when.start) if when.is_day else f"{_day(when.start)} – {_day(when.end)}"


def iso_day(when: Period | dt.date | None) -> str | None:
    """The ISO form of a single day, for ``<time datetime>``; None for an interval (HTML has no
    interval form) or no date."""
    if isinstance(when, dt.date):
        return when.isoformat()
    return when.start.isoformat() if when is not None and when.is_day else None


def _balanced(value: object) -> object:
    return balanced(value) if isinstance(value, str) else value


def template_dir() -> Path:
    """The folder holding the shipped templates.

    Returns:
        ``claimgraph/templates`` inside an installed wheel, else the top-level
        ``templates/`` folder of the checkout the package runs from.

    Raises:
        FileNotFoundError: neither copy exists (a broken install).
    """
    for candidate in (_PACKAGE / "templates", _PACKAGE.parent / "templates"):
        if (candidate / "brief.html").is_file():
            return candidate
    raise FileNotFoundError(
        f"claimgraph's templates are missing: looked in {_PACKAGE / 'templates'} and "
        f"{_PACKAGE.parent / 'templates'}; reinstall claimgraph"
    )


def template_environment(user_dir: str | Path | None = None) -> jinja2.Environment:
    """A Jinja2 environment over the shipped templates, with ``user_dir`` taking precedence.

    Autoescaping is on for every template and undefined names raise, so a typo
    in a template fails loudly instead of printing nothing. The filters
    ``date_text`` and ``iso_day`` format dates. Claim and source
    text is untrusted quoted material: templates never mark it ``|safe``, and
    every printed value has its bidi controls closed (:func:`claimgraph.render.bidi.balanced`).

    Args:
        user_dir: a folder of templates that override shipped ones by name
            (``_claim.html`` alone, say); None for the shipped ones only.

    Returns:
        The environment.

    Raises:
        NotADirectoryError: ``user_dir`` is given but is not a folder.
    """
    loaders: list[jinja2.BaseLoader] = []
    if user_dir is not None:
        path = Path(user_dir)
        if not path.is_dir():
            raise NotADirectoryError(20, "not a folder of templates", str(path))
        loaders.append(jinja2.FileSystemLoader(str(path)))
    loaders.append(jinja2.FileSystemLoader(str(template_dir())))
    environment = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # User text may open a bidi embedding or override (U+202E) it never closes: close it
        # where the value ends, so it cannot reverse the rest of its line.
        finalize=_balanced,
    )
    environment.filters.update(date_text=date_text, iso_day=iso_day)
    return environment
