"""The server computes a benchmark without logging or keeping the answers.

The result callback is called through Dash's HTTP endpoint, as the browser calls it, with
every logger captured at DEBUG. The answers travel in the request body only: the request
line an access log records holds none of them.
"""

import json
import logging

import pytest

from components import ids
from pages.benchmark import client_config

ANSWERS = "5,1,x,2,5,1,2,5,1,x,5,2,1"  # an unusual pattern that nothing else prints


@pytest.fixture(scope="module")
def client():
    import app

    return app.server.test_client()


def _payload(submitted: str) -> dict:
    def item(component_id, prop, value):
        return {"id": component_id, "property": prop, "value": value}
    return {
        "output": f"..{ids.BENCHMARK_RESULT}.children...{ids.BENCHMARK_RESULT_FOR}.data..",
        "outputs": [{"id": ids.BENCHMARK_RESULT, "property": "children"},
                    {"id": ids.BENCHMARK_RESULT_FOR, "property": "data"}],
        "inputs": [item(ids.BENCHMARK_SUBMITTED, "data", submitted),
                   item(ids.BENCHMARK_PEER, "value", "sector"),
                   item(ids.BENCHMARK_SECTOR, "value", "Gemeenten"),
                   item(ids.BENCHMARK_CLUSTER, "value", ""),
                   item(ids.BENCHMARK_SIZE, "value", ""),
                   item(ids.BENCHMARK_EDITION, "value", None)],
        "state": [item(ids.BENCHMARK_CONFIG, "data", client_config("nl")),
                  item(ids.BENCHMARK_RESULT_FOR, "data", None)],
        "changedPropIds": [f"{ids.BENCHMARK_SUBMITTED}.data"],
    }


def test_result_call_logs_nothing_of_the_answers(client, caplog, capfd):
    caplog.set_level(logging.DEBUG)
    path = "/_dash-update-component"
    response = client.post(path, json=_payload(ANSWERS))
    assert response.status_code == 200
    body = json.loads(response.data)
    text = json.dumps(body, ensure_ascii=False)
    assert "Uw klimaatscore" in text and "sector Gemeenten" in text
    assert ANSWERS not in path
    assert ANSWERS not in caplog.text
    assert ANSWERS.replace(",", "%2C") not in caplog.text
    # nor does the response echo the encoded answers back, nor anything print them
    assert ANSWERS not in text
    out, err = capfd.readouterr()
    assert ANSWERS not in out and ANSWERS not in err


def test_too_few_answers_give_a_message_not_an_error(client, caplog):
    caplog.set_level(logging.DEBUG)
    response = client.post("/_dash-update-component", json=_payload("5,1,x"))
    assert response.status_code == 200
    assert "Nog geen score" in response.get_data(as_text=True)
    assert "5,1,x" not in caplog.text


def test_tampered_answers_fall_back_quietly(client):
    response = client.post("/_dash-update-component", json=_payload("<script>,9,9"))
    assert response.status_code == 200
    text = response.get_data(as_text=True)
    assert "Nog geen score" in text and "<script>" not in text
