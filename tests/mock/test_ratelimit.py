"""Optional rate limits: real HTTP 429 with Retry-After; off by default. Time is a fake, never slept."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from trackingmore_mock import RateLimits, create_app


class FakeTime:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _limited(make_client: Callable[..., Any], **limits: Any) -> tuple[Any, FakeTime]:
    fake = FakeTime()
    app = create_app(api_key="k", rate_limits=RateLimits(time=fake, **limits))
    return make_client(app, api_key="k"), fake


REALTIME = {"tracking_number": "TMTRANSIT1", "carrier_code": "ups"}


def test_realtime_allows_3_per_second(make_client: Callable[..., Any]) -> None:
    client, fake = _limited(make_client)
    for _ in range(3):
        assert client.post("/trackings/realtime", json=REALTIME).status_code == 200
    refused = client.post("/trackings/realtime", json=REALTIME)
    assert refused.status_code == 429
    assert refused.headers["retry-after"] == "1"
    assert refused.json() == {"meta": refused.json()["meta"], "data": []} and refused.json()["meta"]["code"] == 429
    # Other operations are not limited, and the window frees after a second.
    assert client.get("/trackings/getuserinfo").status_code == 200
    fake.now += 1.01
    assert client.post("/trackings/realtime", json=REALTIME).status_code == 200


def test_list_allows_1_per_second(make_client: Callable[..., Any]) -> None:
    client, fake = _limited(make_client, retry_after=120)
    assert client.get("/trackings/get").status_code == 200
    refused = client.get("/trackings/get")
    assert (refused.status_code, refused.headers["retry-after"]) == (429, "120")
    fake.now += 0.5
    assert client.get("/trackings/get").status_code == 429
    fake.now += 0.6
    assert client.get("/trackings/get").status_code == 200


def test_rate_limits_are_off_by_default(api: Any) -> None:
    assert {api.get("/trackings/get").status_code for _ in range(10)} == {200}
    assert {api.post("/trackings/realtime", json=REALTIME).status_code for _ in range(10)} == {200}


def test_true_means_the_real_limits(make_client: Callable[..., Any], serve: Callable[[Any], Any]) -> None:
    client = make_client(serve(create_app(api_key="k", rate_limits=True)).base_url, api_key="k")
    codes = [client.get("/trackings/get").status_code for _ in range(5)]
    # Five immediate calls: the first passes, the others fall in the same one-second window
    # (unless the machine is so slow that a whole second passed; then more may pass).
    assert codes[0] == 200 and 429 in codes
