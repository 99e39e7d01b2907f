"""The live-session callbacks through the real endpoint: joining, answering (validation, rate
limits, room size), the host's view (token, the fifth answer, freeze, close), and hostile input
fuzzed with hypothesis."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from components import ids
from data import questionnaire as q
from data import rooms
from data.rooms import limits, model

N = len(q.SCALE_ITEMS)
PATTERN = {"type": ids.SESSIE_ANSWER_TYPE, "item": ["ALL"]}


def _key(dash_app, name: str) -> str:
    for key, spec in dash_app.callback_map.items():
        run = spec.get("callback")
        if getattr(getattr(run, "__wrapped__", run), "__name__", None) == name and (
                "sessie" in key):
            return key
    raise LookupError(name)


def _outputs(key: str):
    from dash._utils import split_callback_id

    spec = split_callback_id(key)
    spec = spec if isinstance(spec, list) else [spec]
    out = []
    for s in spec:
        sid = json.loads(s["id"]) if s["id"].startswith("{") else s["id"]
        if isinstance(sid, dict):  # a pattern output: one entry per matched component
            out.append([{"id": {"type": sid["type"], "item": i}, "property": s["property"]}
                        for i in q.SCALE_ITEMS])
        else:
            out.append({"id": sid, "property": s["property"]})
    return out


def post(client, dash_app, name, inputs, state, changed):
    key = _key(dash_app, name)
    body = {"output": key, "outputs": _outputs(key), "inputs": inputs, "state": state,
            "changedPropIds": changed}
    return client.post("/_dash-update-component", json=body)


def answers_state(values):
    return [{"id": {"type": ids.SESSIE_ANSWER_TYPE, "item": i}, "property": "value", "value": v}
            for i, v in zip(q.SCALE_ITEMS, values)]


def send(client, dash_app, code, values, sector="", device="device-token-000001", clicks=1):
    config = {"code": code, "role": "participant", "lang": "nl"}
    return post(client, dash_app, "submit",
                [{"id": ids.SESSIE_SUBMIT, "property": "n_clicks", "value": clicks}],
                [answers_state(values) if isinstance(values, list) else values,
                 {"id": ids.SESSIE_SECTOR, "property": "value", "value": sector},
                 {"id": ids.SESSIE_DEVICE, "property": "data", "value": device},
                 {"id": ids.SESSIE_CONFIG, "property": "data", "value": config}],
                [f"{ids.SESSIE_SUBMIT}.n_clicks"])


def poll(client, dash_app, code, token, shown=None, trigger=ids.SESSIE_INTERVAL):
    config = {"code": code, "role": "host", "lang": "nl"}
    props = {ids.SESSIE_INTERVAL: "n_intervals", ids.SESSIE_FREEZE: "n_clicks",
             ids.SESSIE_REOPEN: "n_clicks", ids.SESSIE_CLOSE_CONFIRM: "submit_n_clicks",
             ids.SESSIE_HOST_KEYS: "data"}
    inputs = [{"id": i, "property": p, "value": token if i == ids.SESSIE_HOST_KEYS else 1}
              for i, p in props.items()]
    return post(client, dash_app, "host_view", inputs,
                [{"id": ids.SESSIE_CONFIG, "property": "data", "value": config},
                 {"id": ids.SESSIE_SHOWN, "property": "data", "value": shown}],
                [f"{trigger}.{props[trigger]}"])


def response_props(response) -> dict:
    return json.loads(response.get_data(as_text=True)).get("response", {})


@pytest.fixture
def room(client):
    rooms.store().clear()
    _flush_limits()
    code, token = rooms.store().create()
    yield code, token
    rooms.store().clear()


def _flush_limits():
    from pages.sessie import routes

    routes._LIMITER[0].storage.reset()


def test_an_answer_is_stored_and_the_own_result_shown(client, dash_app, room):
    code, _ = room
    response = send(client, dash_app, code, ["4"] * N, "Gemeenten")
    assert response.status_code == 200
    props = response_props(response)
    assert "opgeslagen" in json.dumps(props[ids.SESSIE_STATUS])
    assert "4,00" in json.dumps(props[ids.SESSIE_RESULT])
    assert rooms.store().room(code).count == 1


@pytest.mark.parametrize("values, sector", [
    (["4"] * (N - 1) + ["9"], ""),
    (["x"] * N, ""),
    (["4"] * N, "Atlantis"),
    ([4] * N, ""),
    (["4"] * N, ["Gemeenten"]),
])
def test_invalid_answers_are_refused_with_a_message(client, dash_app, room, values, sector):
    code, _ = room
    response = send(client, dash_app, code, values, sector)
    assert response.status_code == 200
    assert "minstens" in json.dumps(response_props(response))
    assert rooms.store().room(code).count == 0


def test_closed_and_unknown_rooms_take_no_answers(client, dash_app, room):
    code, _ = room
    rooms.store().close(code)
    assert "gesloten" in send(client, dash_app, code, ["4"] * N).get_data(as_text=True)
    assert "bestaat niet" in send(client, dash_app, "ZZZZZZ", ["4"] * N).get_data(as_text=True)


def test_answering_is_rate_limited_per_device(client, dash_app, room):
    code, _ = room
    allowed = limits.ITEMS["answer"]["device"].amount
    for _ in range(allowed):
        assert "opgeslagen" in send(client, dash_app, code, ["3"] * N).get_data(as_text=True)
    assert "Te veel" in send(client, dash_app, code, ["3"] * N).get_data(as_text=True)
    assert "opgeslagen" in send(client, dash_app, code, ["3"] * N,
                                device="device-token-000002").get_data(as_text=True)


def test_a_full_room_takes_no_new_devices(client, dash_app, room, monkeypatch):
    code, _ = room
    monkeypatch.setattr(rooms.store(), "max_participants", 2)
    for i in range(2):
        send(client, dash_app, code, ["3"] * N, device=f"device-token-{i:06d}")
    assert "vol" in send(client, dash_app, code, ["3"] * N,
                         device="device-token-000009").get_data(as_text=True)


def test_the_host_view_needs_the_token_and_five_answers(client, dash_app, room):
    code, token = room
    text = poll(client, dash_app, code, "not-the-token").get_data(as_text=True)
    assert "kan deze sessie niet bedienen" in text and "Nog" not in text
    shown = None
    for i in range(5):
        props = response_props(poll(client, dash_app, code, token, shown))
        assert f"Nog {5 - i} antwoorden nodig" in json.dumps(props[ids.SESSIE_VIEW])
        shown = props[ids.SESSIE_SHOWN]["data"]
        unchanged = poll(client, dash_app, code, token, shown)
        assert unchanged.status_code == 204  # nothing changed: no update at all
        send(client, dash_app, code, [str(1 + i)] * N, device=f"device-token-{i:06d}")
    props = response_props(poll(client, dash_app, code, token, shown))
    view = json.dumps(props[ids.SESSIE_VIEW])
    assert "sessie-score-chart" in view and "Nog" not in view
    frozen = response_props(poll(client, dash_app, code, token, shown, ids.SESSIE_FREEZE))
    assert "Bevroren" in json.dumps(frozen[ids.SESSIE_STATE])
    closed = response_props(poll(client, dash_app, code, token, shown, ids.SESSIE_CLOSE_CONFIRM))
    assert "gesloten" in json.dumps(closed[ids.SESSIE_MESSAGE])
    assert closed[ids.SESSIE_INTERVAL]["disabled"] is True
    assert rooms.store().view_answers(code) == []


TOKENS = st.one_of(st.sampled_from(["1", "2", "3", "4", "5", "x", "", None]), st.text(max_size=4),
                   st.integers(), st.floats(allow_nan=False), st.lists(st.text(max_size=2),
                                                                       max_size=2))
HOSTILE = st.one_of(st.none(), st.integers(), st.text(max_size=80), st.lists(st.text(), max_size=3),
                    st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=3),
                    st.sampled_from(["Gemeenten", "<script>alert(1)</script>", "x" * 10_000,
                                     "device-token-000001", "Gemeenten|4,4"]))


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(values=st.one_of(st.lists(TOKENS, min_size=N, max_size=N), HOSTILE),
       sector=HOSTILE, device=HOSTILE, clicks=HOSTILE)
def test_fuzzed_answers_never_break_the_server_or_the_store(client, dash_app, room, values,
                                                            sector, device, clicks):
    code, _ = room
    _flush_limits()
    response = send(client, dash_app, code, values, sector, device, clicks)
    text = response.get_data(as_text=True)
    assert response.status_code < 500 and "Traceback" not in text
    for answer in rooms.store().view_answers(code):  # only valid answers were kept
        assert model.validate(answer.sector, list(answer.tokens), q.SECTORS) == answer


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(device=HOSTILE, config=HOSTILE)
def test_fuzzed_joins_never_break_the_server(client, dash_app, room, device, config):
    response = post(client, dash_app, "join",
                    [{"id": ids.SESSIE_DEVICE, "property": "data", "value": device}],
                    [{"id": ids.SESSIE_CONFIG, "property": "data", "value": config}],
                    [f"{ids.SESSIE_DEVICE}.data"])
    text = response.get_data(as_text=True)
    assert response.status_code < 500 and "Traceback" not in text


def test_behind_nginx_the_client_address_and_scheme_come_from_its_headers(dash_app):
    from pages.sessie import routes

    proxied = {"X-Forwarded-For": "198.51.100.7", "X-Forwarded-Proto": "https"}
    with dash_app.server.test_request_context("/", headers=proxied,
                                              environ_base={"REMOTE_ADDR": "127.0.0.1"}):
        assert routes.client_address() == "198.51.100.7"
        assert routes.origin().startswith("https://")
    # a client talking to gunicorn directly cannot choose its address with the header
    with dash_app.server.test_request_context("/", headers=proxied,
                                              environ_base={"REMOTE_ADDR": "203.0.113.9"}):
        assert routes.client_address() == "203.0.113.9"
        assert routes.origin().startswith("http://")


def test_creating_rooms_is_rate_limited_per_client(client, room):
    _flush_limits()
    allowed = int(limits.CREATE.split()[0])
    statuses = [client.post("/sessie/nieuw", data={"lang": "nl"}).status_code
                for _ in range(allowed + 1)]
    assert statuses == [303] * allowed + [429]
    _flush_limits()
