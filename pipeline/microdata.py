"""Microdata contract: the organisation-level input file, declared as data and validated.

One row per organisation. The columns follow the codebook (data/questionnaire.py):

  org_id                      text, unique, never empty
  edition                     an NL edition of pipeline/reference/edition_registry.csv
  sector, cluster, size_class codebook categories
  innovated                   yes/no (accepts 0/1, ja/nee, yes/no, true/false, y/n, j/n)
  climate__<item>             1..5 for each of the 15 climate statements; empty = "weet niet"
  per Indicator (not innovation_spectrum, which is derived):
    single  -> column <key> holding one category key
    multi   -> yes/no columns <key>__<category>
    likert  -> 1..5 columns <key>__<category>
  Indicator answers may be empty (item non-response; shares count it in the base, as the
  report's "n=313" captions do). Indicators with base "innovators" are asked of innovators
  only and must be empty for the others. An innovator who answered the innovation-type
  question names at least one type.

Derived by the pipeline (never read from the file; input columns with these names are
replaced): climate_score (questionnaire.scale_score), climate_group
(questionnaire.climate_group) and innovation_spectrum (questionnaire.spectrum_category of
the number of innovation types).

Readers: CSV (comma or semicolon, UTF-8 or cp1252), Parquet, XLSX and SPSS .sav (with
pyreadstat). Errors raise MicrodataError naming the file, the 1-based data row with its
org_id, and the column.
"""

from __future__ import annotations

import csv
import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pa_csv

from data import questionnaire as q

MAX_REPORTED_ERRORS = 20

# Cell contents read as "missing" (case-insensitive, after stripping). "weet niet" is the
# questionnaire's don't-know answer; "#NULL!" is SPSS's export of a system-missing value.
MISSING_TOKENS = frozenset({"", "na", "n/a", "nan", "null", "#null!", "weet niet", "."})
TRUE_TOKENS = frozenset({"1", "1.0", "true", "yes", "ja", "y", "j", "waar"})
FALSE_TOKENS = frozenset({"0", "0.0", "false", "no", "nee", "n", "onwaar"})

_CSV_NULLS = ["", "NA", "N/A", "n/a", "nan", "NaN", "null", "NULL", "#NULL!"]
_ARROW_TO_PANDAS = {pa.string(): pd.StringDtype(), pa.large_string(): pd.StringDtype(),
                    pa.int64(): pd.Int64Dtype(), pa.float64(): pd.Float64Dtype(),
                    pa.bool_(): pd.BooleanDtype()}

DERIVED_COLUMNS = ("climate_score", "climate_group", "innovation_spectrum")
DERIVED_INDICATORS = ("innovation_spectrum",)


class MicrodataError(ValueError):
    """The microdata file cannot be used; the message names file, row and column."""


@dataclass(frozen=True)
class Column:
    """One declared microdata column.

    kind: "id" (unique text), "category" (one of `values`), "boolean" (yes/no) or
    "likert" (integer LIKERT_MIN..LIKERT_MAX). nullable: may be empty ("weet niet" or item
    non-response); otherwise required for every organisation it applies to.
    innovators_only: asked of innovators only, so always empty for the others.
    """

    name: str
    kind: Literal["id", "category", "boolean", "likert"]
    values: tuple[str, ...] = ()
    nullable: bool = False
    innovators_only: bool = False

    def describe(self) -> str:
        if self.kind == "likert":
            return f"{q.LIKERT_MIN}..{q.LIKERT_MAX}"
        if self.kind == "category":
            return "one of " + ", ".join(self.values)
        return self.kind


def _nl_editions() -> tuple[str, ...]:
    """The Dutch editions of the edition registry (microdata exist only for NL editions)."""
    from pipeline import published

    frame = published.registry()
    return tuple(frame.loc[frame["country"].eq("NL"), "edition"])


def _schema() -> tuple[Column, ...]:
    cols = [
        Column("org_id", "id"),
        Column("edition", "category", _nl_editions()),
        Column("sector", "category", q.SECTORS),
        Column("cluster", "category", q.CLUSTERS),
        Column("size_class", "category", q.SIZE_CLASSES),
        Column("innovated", "boolean"),
    ]
    cols += [Column(q.climate_column(item.key), "likert", nullable=True)
             for item in q.CLIMATE_ITEMS]
    for ind in q.INDICATORS:
        if ind.key in DERIVED_INDICATORS:
            continue
        innov = ind.base == "innovators"
        if ind.kind == "single":
            cols.append(Column(ind.key, "category", ind.categories, nullable=True,
                               innovators_only=innov))
        else:
            kind = "boolean" if ind.kind == "multi" else "likert"
            cols += [Column(c, kind, nullable=True, innovators_only=innov)
                     for c in ind.columns()]
    return tuple(cols)


SCHEMA: tuple[Column, ...] = _schema()
COLUMN_BY_NAME: dict[str, Column] = {c.name: c for c in SCHEMA}
INPUT_COLUMNS: tuple[str, ...] = tuple(COLUMN_BY_NAME)
SCALE_COLUMNS: tuple[str, ...] = tuple(q.climate_column(k) for k in q.SCALE_ITEMS)
INNOVATION_TYPE_COLUMNS = q.INDICATOR_BY_KEY["innovation_type"].columns()
SUPPORTED_SUFFIXES = (".csv", ".txt", ".parquet", ".pq", ".xlsx", ".xlsm", ".sav")


# --------------------------------------------------------------------------- reading

def read_file(path: str | Path) -> pd.DataFrame:
    """Read a microdata file as it is (no validation). Raises MicrodataError."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise MicrodataError(f"{name}: file not found ({path})")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise MicrodataError(f"{name}: unsupported file type {suffix or '(none)'}; "
                             f"use one of {', '.join(SUPPORTED_SUFFIXES)}")
    if path.stat().st_size == 0:
        raise MicrodataError(f"{name}: empty file (no header, no data rows)")
    try:
        if suffix in (".csv", ".txt"):
            return _read_csv(path)
        if suffix in (".parquet", ".pq"):
            return pd.read_parquet(path)
        if suffix in (".xlsx", ".xlsm"):
            return pd.read_excel(path, dtype=object, keep_default_na=False)
        return _read_sav(path)
    except MicrodataError:
        raise
    except Exception as exc:  # every reader has its own error types
        raise MicrodataError(f"{name}: cannot read the file, it may be truncated or not a "
                             f"{suffix} file ({type(exc).__name__}: {exc})") from exc


def _read_csv(path: Path) -> pd.DataFrame:
    raw = path.read_bytes()
    try:
        text_head = raw[:65536].decode("utf-8-sig")
        encoding = "utf-8-sig"
    except UnicodeDecodeError as exc:
        if raw.count(b"\x00"):
            raise MicrodataError(f"{path.name}: not a text file (binary content)") from exc
        encoding, text_head = "cp1252", raw[:65536].decode("cp1252", errors="replace")
    header = text_head.splitlines()[0] if text_head.splitlines() else ""
    sep = ";" if header.count(";") > header.count(",") else ","
    try:  # fast, multi-threaded, typed: numbers and true/false arrive as numbers and bools
        table = pa_csv.read_csv(
            path, read_options=pa_csv.ReadOptions(encoding="utf8" if encoding == "utf-8-sig"
                                                  else encoding),
            parse_options=pa_csv.ParseOptions(delimiter=sep),
            convert_options=pa_csv.ConvertOptions(
                null_values=_CSV_NULLS, strings_can_be_null=True,
                column_types={"org_id": pa.string()}))
        return table.to_pandas(types_mapper=_ARROW_TO_PANDAS.get)
    except (pa.ArrowInvalid, UnicodeDecodeError):
        # malformed rows (e.g. a truncated last line): read as text so that validation can
        # name the row and the column
        return pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False, na_filter=False,
                           encoding=encoding, quoting=csv.QUOTE_MINIMAL)


def _read_sav(path: Path) -> pd.DataFrame:
    if importlib.util.find_spec("pyreadstat") is None:
        raise MicrodataError(f"{path.name}: reading SPSS .sav files needs the pyreadstat "
                             "package (pip install pyreadstat), or export the file as CSV")
    import pyreadstat

    df, meta = pyreadstat.read_sav(str(path), apply_value_formats=False)
    # Category columns stored as labelled codes: use the labels when they are codebook keys.
    for col, labels in (meta.variable_value_labels or {}).items():
        spec = COLUMN_BY_NAME.get(col)
        if spec is not None and spec.kind == "category" and \
                set(map(str, labels.values())) <= set(spec.values):
            df[col] = df[col].map(labels)
    return df


# ------------------------------------------------------------------------ validation

class _Problems:
    """Collects validation problems and raises one MicrodataError with the first ones."""

    def __init__(self, source: str, org_ids: np.ndarray | None):
        self.source = source
        self.org_ids = org_ids
        self.lines: list[str] = []
        self.count = 0

    def add(self, column: str, message: str, rows: np.ndarray | None = None) -> None:
        """A problem for the whole column (rows None) or one per listed row."""
        if rows is None:
            self.count += 1
            if len(self.lines) < MAX_REPORTED_ERRORS:
                self.lines.append(f"{self.source}: column {column}: {message}")
        else:
            self.add_values(column, rows, [""] * len(rows), message)

    def add_values(self, column: str, positions: np.ndarray, values: list, message: str,
                   ) -> None:
        """One problem per row; `message` may use that row's {value}."""
        room = max(MAX_REPORTED_ERRORS - len(self.lines), 0)
        for pos, val in zip(list(positions)[:room], list(values)[:room]):
            self.lines.append(f"{self.source}: {self.where(int(pos))}, column {column}: "
                              + message.format(value=val))
        self.count += len(positions)

    def where(self, pos: int) -> str:
        org = ""
        if self.org_ids is not None:
            value = self.org_ids[pos]
            if isinstance(value, str) and value:
                org = f" (org_id {value})"
        return f"row {pos + 1}{org}"

    def raise_if_any(self) -> None:
        if not self.lines:
            return
        extra = self.count - len(self.lines)
        text = "\n".join(self.lines)
        if extra > 0:
            text += f"\n... and {extra} more problem(s)"
        raise MicrodataError(text)


def _repr(value: object) -> str:
    text = str(value)
    return repr(text) if len(text) <= 40 else repr(text[:37] + "...")


def _token_table(series: pd.Series) -> tuple[np.ndarray, list[object]]:
    """Codes (-1 = missing) and unique raw values: token work happens once per value."""
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    return np.asarray(codes), list(uniques)


def _is_missing_token(value: object) -> bool:
    if value is None or value is pd.NA:
        return True
    if isinstance(value, float) and np.isnan(value):
        return True
    return isinstance(value, str) and value.strip().lower() in MISSING_TOKENS


def _parse_likert(series: pd.Series) -> tuple[np.ndarray, np.ndarray, list]:
    """Float values (nan = missing) and the rows holding invalid values with those values."""
    lo, hi = q.LIKERT_MIN, q.LIKERT_MAX
    if pd.api.types.is_bool_dtype(series.dtype):
        bad = np.arange(len(series))
        return np.full(len(series), np.nan), bad, ["yes/no"] * len(bad)
    if pd.api.types.is_numeric_dtype(series.dtype):
        values = series.to_numpy(dtype="float64", na_value=np.nan)
        whole = True if pd.api.types.is_integer_dtype(series.dtype) else \
            values == np.round(values)
        ok = np.isnan(values) | (whole & (values >= lo) & (values <= hi))
        bad = np.flatnonzero(~ok)
        return np.where(ok, values, np.nan), bad, [_fmt_num(v) for v in values[_head(bad)]]
    codes, uniques = _token_table(series)
    parsed = np.full(len(uniques) + 1, np.nan)  # last slot: missing (code -1)
    invalid = np.zeros(len(uniques) + 1, dtype=bool)
    for i, raw in enumerate(uniques):
        if _is_missing_token(raw):
            continue
        try:
            number = float(str(raw).strip().replace(",", "."))
        except ValueError:
            invalid[i] = True
            continue
        if number == round(number) and lo <= number <= hi:
            parsed[i] = number
        else:
            invalid[i] = True
    bad = np.flatnonzero(invalid[codes])
    return parsed[codes], bad, [_repr(uniques[codes[b]]) for b in _head(bad)]


def _small_codes(values: np.ndarray) -> np.ndarray:
    """Parsed whole numbers (nan = missing) as int8 with -1 for missing (8x less memory)."""
    return np.where(np.isnan(values), -1, values).astype(np.int8)


def _head(rows: np.ndarray) -> np.ndarray:
    """The rows whose values are quoted in the error message."""
    return rows[:MAX_REPORTED_ERRORS]


def _fmt_num(v: float) -> str:
    return str(int(v)) if v == round(v) else str(v)


def _parse_boolean(series: pd.Series) -> tuple[np.ndarray, np.ndarray, list]:
    """Values as float 1/0 (nan = missing) and invalid rows with their values."""
    if pd.api.types.is_bool_dtype(series.dtype):
        values = series.to_numpy(dtype="float64", na_value=np.nan)
        return values, np.array([], dtype=int), []
    if pd.api.types.is_numeric_dtype(series.dtype):
        values = series.to_numpy(dtype="float64", na_value=np.nan)
        ok = np.isnan(values) | (values == 0) | (values == 1)
        bad = np.flatnonzero(~ok)
        return np.where(ok, values, np.nan), bad, [_fmt_num(v) for v in values[_head(bad)]]
    codes, uniques = _token_table(series)
    parsed = np.full(len(uniques) + 1, np.nan)
    invalid = np.zeros(len(uniques) + 1, dtype=bool)
    for i, raw in enumerate(uniques):
        if isinstance(raw, (bool, np.bool_)):
            parsed[i] = float(raw)
            continue
        token = str(raw).strip().lower()
        if token in TRUE_TOKENS:
            parsed[i] = 1.0
        elif token in FALSE_TOKENS:
            parsed[i] = 0.0
        elif not _is_missing_token(raw):
            invalid[i] = True
    bad = np.flatnonzero(invalid[codes])
    return parsed[codes], bad, [_repr(uniques[codes[b]]) for b in _head(bad)]


def _parse_category(series: pd.Series, allowed: tuple[str, ...],
                    ) -> tuple[np.ndarray, np.ndarray, list]:
    """Category codes into `allowed` (-1 = missing) and invalid rows with their values."""
    codes, uniques = _token_table(series)
    exact = {v: i for i, v in enumerate(allowed)}
    folded = {v.casefold(): i for i, v in enumerate(allowed)}
    mapped = np.full(len(uniques) + 1, -1, dtype=np.int16)
    invalid = np.zeros(len(uniques) + 1, dtype=bool)
    for i, raw in enumerate(uniques):
        if _is_missing_token(raw):
            continue
        token = str(raw).strip().replace("\u2019", "'")
        if token in exact:
            mapped[i] = exact[token]
        elif token.casefold() in folded:
            mapped[i] = folded[token.casefold()]
        else:
            invalid[i] = True
    bad = np.flatnonzero(invalid[codes])
    return mapped[codes], bad, [_repr(uniques[codes[b]]) for b in _head(bad)]


def validate(raw: pd.DataFrame, source: str = "microdata") -> pd.DataFrame:
    """Check `raw` against SCHEMA and return the normalised frame.

    Output dtypes: org_id string; category columns pandas Categorical with the codebook's
    categories in codebook order; innovated bool; other yes/no columns nullable "boolean";
    likert columns "Int8". Columns outside the contract are dropped.
    Raises MicrodataError naming `source`, the row (1-based, with org_id) and the column.
    """
    if raw.shape[1] == 0 or len(raw) == 0:
        raise MicrodataError(f"{source}: no data rows" if raw.shape[1] else
                             f"{source}: empty file (no columns)")
    raw = raw.rename(columns=lambda c: str(c).strip())
    missing = [c for c in INPUT_COLUMNS if c not in raw.columns]
    if missing:
        listed = ", ".join(missing[:8]) + (f" and {len(missing) - 8} more" if len(missing) > 8
                                            else "")
        raise MicrodataError(f"{source}: column {missing[0]}: missing "
                             f"({len(missing)} required column(s) missing: {listed})")
    dupes = [c for c in INPUT_COLUMNS if (raw.columns == c).sum() > 1]
    if dupes:
        raise MicrodataError(f"{source}: column {dupes[0]}: appears more than once")

    ids_raw = raw["org_id"]
    if pd.api.types.is_float_dtype(ids_raw.dtype):  # ids like 17 read as 17.0
        as_text = ids_raw.map(lambda v: _fmt_num(v) if v == v else None)
    else:
        as_text = ids_raw.map(lambda v: None if _is_missing_token(v) else str(v).strip()) \
            if not pd.api.types.is_string_dtype(ids_raw.dtype) else ids_raw.str.strip()
    org_ids = as_text.to_numpy(dtype=object, na_value=None)
    problems = _Problems(source, org_ids)

    no_id = np.flatnonzero(pd.isna(as_text).to_numpy() | (as_text.fillna("") == "").to_numpy())
    problems.add("org_id", "missing organisation id", no_id)
    dup = as_text.duplicated(keep="first").to_numpy() & ~pd.isna(as_text).to_numpy()
    if dup.any():
        first_pos = pd.Series(np.arange(len(as_text)), index=as_text.to_numpy()) \
            .groupby(level=0, sort=False).first()
        positions = np.flatnonzero(dup)
        problems.add_values("org_id", positions,
                            [int(first_pos[org_ids[p]]) + 1 for p in positions],
                            "duplicate org_id (first used in row {value})")

    out: dict[str, object] = {"org_id": pd.array(org_ids, dtype="string")}
    parsed: dict[str, np.ndarray] = {}
    for spec in SCHEMA[1:]:
        series = raw[spec.name]
        if spec.kind == "category":
            codes, bad, vals = _parse_category(series, spec.values)
            problems.add_values(spec.name, bad, vals, "value {value} is not "
                                + ("a known category" if len(spec.values) > 6
                                   else spec.describe()))
            parsed[spec.name] = codes  # -1 = missing
            out[spec.name] = pd.Categorical.from_codes(codes, categories=list(spec.values))
        elif spec.kind == "boolean":
            values, bad, vals = _parse_boolean(series)
            problems.add_values(spec.name, bad, vals, "value {value} is not yes/no")
            parsed[spec.name] = _small_codes(values)
        else:
            values, bad, vals = _parse_likert(series)
            problems.add_values(spec.name, bad, vals,
                                "value {value} outside " + spec.describe())
            parsed[spec.name] = _small_codes(values)
    problems.raise_if_any()

    innovated = parsed["innovated"]
    problems.add("innovated", "missing (yes/no required)", np.flatnonzero(innovated < 0))
    is_innov = innovated == 1
    is_other = innovated == 0
    for spec in SCHEMA[1:]:
        missing_rows = parsed[spec.name] < 0
        if spec.innovators_only:
            problems.add(spec.name, "must be empty for an organisation that did not "
                         "innovate (innovator-only question)",
                         np.flatnonzero(~missing_rows & is_other))
        elif not spec.nullable and spec.name != "innovated":
            problems.add(spec.name, "missing (required)", np.flatnonzero(missing_rows))
    types = np.column_stack([parsed[c] for c in INNOVATION_TYPE_COLUMNS])
    none_named = is_innov & (types == 0).all(axis=1)
    problems.add("innovation_type", "an organisation that innovated answered the "
                 "innovation-type question without naming a type (all innovation_type__* no)",
                 np.flatnonzero(none_named))
    problems.raise_if_any()

    for spec in SCHEMA[1:]:
        codes = parsed[spec.name]
        if spec.name == "innovated":
            out[spec.name] = codes == 1
        elif spec.kind == "boolean":
            out[spec.name] = pd.arrays.BooleanArray(codes == 1, codes < 0)
        elif spec.kind == "likert":
            missing_value = codes < 0
            out[spec.name] = pd.arrays.IntegerArray(np.where(missing_value, 0, codes)
                                                    .astype(np.int8), missing_value)
    return pd.DataFrame(out)


# --------------------------------------------------------------------------- derived

def derive(df: pd.DataFrame) -> pd.DataFrame:
    """Add climate_score, climate_group and innovation_spectrum (vectorised codebook rules).

    climate_score: mean of the answered SCALE_ITEMS, missing when fewer than
    MIN_SCALE_ITEMS_ANSWERED are answered (questionnaire.scale_score). climate_group:
    questionnaire.climate_group of the score. innovation_spectrum:
    questionnaire.spectrum_category(number of innovation types), missing for non-innovators.
    """
    answers = np.column_stack([df[c].to_numpy(dtype="float64", na_value=np.nan)
                               for c in SCALE_COLUMNS])
    answered = (~np.isnan(answers)).sum(axis=1)
    total = np.nansum(answers, axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        score = np.where(answered >= q.MIN_SCALE_ITEMS_ANSWERED, total / answered, np.nan)
    group = np.select([score > q.CLIMATE_CUT_HIGH, score >= q.CLIMATE_CUT_LOW,
                       ~np.isnan(score)], [0, 1, 2], default=-1)
    spectrum_keys = q.INDICATOR_BY_KEY["innovation_spectrum"].categories
    n_types = sum(df[c].to_numpy(dtype="float64", na_value=0.0)
                  for c in INNOVATION_TYPE_COLUMNS).astype(int)
    spectrum = np.where((n_types >= 1) & (n_types <= len(spectrum_keys)), n_types - 1, -1)
    out = df.drop(columns=[c for c in DERIVED_COLUMNS if c in df.columns])
    out["climate_score"] = pd.array(score, dtype="Float64")
    out["climate_group"] = pd.Categorical.from_codes(group, categories=list(q.CLIMATE_GROUPS))
    out["innovation_spectrum"] = pd.Categorical.from_codes(spectrum,
                                                           categories=list(spectrum_keys))
    return out


def load(path: str | Path) -> pd.DataFrame:
    """Read, validate and derive one microdata file."""
    path = Path(path)
    return derive(validate(read_file(path), source=path.name))


def prepare(frame: pd.DataFrame, source: str = "generated") -> pd.DataFrame:
    """Validate and derive an in-memory frame (e.g. the synthetic generator's output)."""
    return derive(validate(frame, source=source))
