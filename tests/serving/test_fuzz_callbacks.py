"""Property-based: every server callback, fed random inputs through the real endpoint, answers
with a result or a 4xx, never a 500 and never a traceback."""

from __future__ import annotations

import json
import logging
import traceback
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=40),
    st.sampled_from(["?lang=en", "?groepering=cluster&omvang=500%2B", "?stap=3", "/klimaat",
                     "?a=4,5,x,3", "?onderwerp=%3Cscript%3E", "<script>alert(1)</script>",
                     "x" * 100_000]),
    st.lists(st.one_of(st.text(max_size=10), st.integers()), max_size=5),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


REPO = Path(__file__).resolve().parents[2]
APP_DIRS = tuple(str(REPO / d) for d in ("components", "pages", "callbacks", "data"))


class _Errors(logging.Handler):
    """Collects the exceptions the server's error handler logged."""

    def __init__(self):
        super().__init__(logging.ERROR)
        self.errors: list[BaseException] = []

    def emit(self, record):
        if record.exc_info and record.exc_info[1] is not None:
            self.errors.append(record.exc_info[1])


def _raised_in_app_code(exc: BaseException) -> str | None:
    """Where in our own code an exception was raised (None: inside Dash's request parsing)."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.startswith(APP_DIRS)]
    return f"{frames[-1].filename}:{frames[-1].lineno}: {exc!r}" if frames else None


def _server_callbacks():
    import app

    return sorted(k for k, v in app.app.callback_map.items() if "callback" in v)


def _spec_id(raw: str):
    return json.loads(raw) if raw.startswith("{") else raw


def _outputs(key: str):
    from dash._utils import split_callback_id

    spec = split_callback_id(key)
    fix = lambda s: {"id": _spec_id(s["id"]), "property": s["property"]}  # noqa: E731
    return [fix(s) for s in spec] if isinstance(spec, list) else fix(spec)


@pytest.mark.parametrize("key", _server_callbacks())
def test_random_inputs_never_give_a_server_error(dash_app, key):
    callback = dash_app.callback_map[key]
    specs = callback["inputs"] + callback["state"]
    client = dash_app.server.test_client()
    errors = _Errors()
    dash_app.server.logger.addHandler(errors)

    @settings(max_examples=12, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture,
                                     HealthCheck.too_slow])
    @given(values=st.lists(VALUES, min_size=len(specs), max_size=len(specs)),
           trigger=st.integers(min_value=0, max_value=max(0, len(callback["inputs"]) - 1)))
    def check(values, trigger):
        items = [{"id": _spec_id(s["id"]), "property": s["property"], "value": v}
                 for s, v in zip(specs, values)]
        n_inputs = len(callback["inputs"])
        changed = ([f"{specs[trigger]['id']}.{specs[trigger]['property']}"]
                   if n_inputs else [])
        body = {"output": key, "outputs": _outputs(key), "inputs": items[:n_inputs],
                "state": items[n_inputs:], "changedPropIds": changed}
        response = client.post("/_dash-update-component", json=body)
        text = response.get_data(as_text=True)
        assert response.status_code < 500, (key, response.status_code, text[:300])
        assert "Traceback" not in text
        # A malformed request may be refused (4xx) by Dash, but our callbacks must not raise:
        # they fall back to defaults for invalid values.
        raised = [w for w in map(_raised_in_app_code, errors.errors) if w]
        errors.errors.clear()
        assert not raised, raised

    try:
        check()
    finally:
        dash_app.server.logger.removeHandler(errors)
