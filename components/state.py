"""View state in the URL: one frozen dataclass per page, parsed from and written to the query.

A page declares its parameters once (`PARAMS`); `from_query` ignores unknown keys and falls
back to the default for invalid values, returning notices the page shows; `to_query` writes
only what differs from the defaults, so links stay short. A parameter's field has an English
name (`size_class`); its Dutch URL key (`omvang`) appears only here, at the URL boundary.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, ClassVar
from urllib.parse import parse_qsl, urlencode

from components import organisation
from components.i18n import DEFAULT_LANG, LANGUAGES

MAX_QUERY_CHARS = 4000
MAX_VALUE_CHARS = 300
# Parameters that campaign and analytics tools add to links: ignored without a notice.
TRACKING_PREFIXES = ("utm_", "mtm_", "pk_", "_ga", "_gl")
TRACKING_PARAMS = frozenset({"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid",
                             "yclid", "ref", "_hsenc", "_hsmi"})
ROUTER_PARAMS = frozenset({"presenteer"})  # read by callbacks/router.py on every page


def is_ignored(name: str) -> bool:
    """A parameter added by a campaign or analytics tool, or one the router reads: never a
    notice on the page."""
    name = name.lower()
    return name in TRACKING_PARAMS or name in ROUTER_PARAMS or name.startswith(TRACKING_PREFIXES)


@dataclass(frozen=True)
class Param:
    """One URL parameter: its state field, default, allowed values, whether it is a list,
    and its key in the URL (the field name unless given)."""

    name: str
    default: Any
    allowed: tuple[Any, ...] | None = None  # None: any value that `parse` accepts
    multi: bool = False                     # comma-separated list of allowed values
    parse: Any = str                        # str, int or float
    url: str = ""                           # the URL key, e.g. "omvang" for size_class

    @property
    def key(self) -> str:
        return self.url or self.name


@dataclass(frozen=True)
class Notice:
    """Something the user should see about their link: an i18n key and its values."""

    key: str
    values: tuple[tuple[str, str], ...] = ()


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "..."


def _parse_value(param: Param, raw: str) -> Any:
    """The parsed value, or raises ValueError."""
    if len(raw) > MAX_VALUE_CHARS:
        raise ValueError("too long")
    if param.multi:
        items = [param.parse(v) for v in raw.split(",") if v != ""] if raw else []
        if param.allowed is not None and any(v not in param.allowed for v in items):
            raise ValueError("not allowed")
        # keep the declared order and drop repeats, so equal selections give equal states
        order = param.allowed or tuple(dict.fromkeys(items))
        return tuple(v for v in order if v in items)
    value = param.parse(raw)
    if param.allowed is not None and value not in param.allowed:
        raise ValueError("not allowed")
    return value


def _format_value(param: Param, value: Any) -> str:
    if param.multi:
        return ",".join(str(v) for v in value)
    return str(value)


@dataclass(frozen=True)
class QueryState:
    """Base for page states. Subclasses are frozen dataclasses with a field per Param."""

    PARAMS: ClassVar[tuple[Param, ...]] = ()
    lang: str = DEFAULT_LANG
    # "Mijn organisatie" (components/organisation.py): every page accepts and keeps it
    org: str = ""

    @classmethod
    def params(cls) -> tuple[Param, ...]:
        return (Param("lang", DEFAULT_LANG, LANGUAGES),
                Param("org", "", None, parse=organisation.parse), *cls.PARAMS)

    @property
    def organisation(self) -> organisation.Organisation:
        return organisation.of(self.org)

    @classmethod
    def from_query(cls, search: str | None) -> tuple["QueryState", list[Notice]]:
        """State from a query string such as "?groepering=cluster", plus notices."""
        notices: list[Notice] = []
        search = (search if isinstance(search, str) else "").lstrip("?")  # any payload type
        if len(search) > MAX_QUERY_CHARS:
            return cls(), [Notice("notice.invalid_param", (("param", "?"), ("value", "…")))]
        raw = dict(parse_qsl(search, keep_blank_values=True))
        known = {p.key: p for p in cls.params()}
        values: dict[str, Any] = {}
        for name, text in raw.items():
            param = known.get(name)
            if param is None and is_ignored(name):
                continue
            if param is None:
                notices.append(Notice("notice.unknown_param", (("param", _short(name)),)))
                continue
            try:
                values[param.name] = _parse_value(param, text)
            except (ValueError, TypeError):
                notices.append(Notice("notice.invalid_param",
                                      (("param", name), ("value", _short(text)))))
        return cls(**values), notices

    @classmethod
    def from_values(cls, **values: Any) -> "QueryState":
        """State from control values (e.g. a callback's inputs); invalid ones become defaults."""
        clean: dict[str, Any] = {}
        for param in cls.params():
            if param.name not in values or values[param.name] is None:
                continue
            value = values[param.name]
            try:
                text = _format_value(param, value) if param.multi else str(value)
                clean[param.name] = _parse_value(param, text)
            except (ValueError, TypeError):
                continue
        return cls(**clean)

    def to_query(self) -> str:
        """"?key=value&..." with only the values that differ from the defaults ("" if none)."""
        pairs = [(p.key, _format_value(p, getattr(self, p.name)))
                 for p in self.params() if getattr(self, p.name) != p.default]
        return "?" + urlencode(pairs, safe=",") if pairs else ""

    @classmethod
    def url_key(cls, field: str) -> str:
        """The URL key of a state field (what a notice about it names)."""
        return next((p.key for p in cls.params() if p.name == field), field)

    def replace(self, **changes: Any) -> "QueryState":
        return dataclasses.replace(self, **changes)
