"""Optional rate limits: real HTTP 429 with Retry-After; off by default. Time is a fake, never slept."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import yaml
from trackingmore_mock import RateLimit, RateLimits, create_app, ratelimit, spec
from trackingmore_mock.codes import MockError


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


def test_limits_are_read_from_the_specs_x_rate_limit(make_client: Callable[..., Any], tmp_path: Any) -> None:
    document = spec.load(spec.locate())
    declared = ratelimit.from_spec(document)
    assert declared == {
        "listTrackings": RateLimit(requests=1, per_seconds=1.0, backoff_seconds=120),
        "getRealtimeTracking": RateLimit(requests=3, per_seconds=1.0, backoff_seconds=120),
        # The tolerated POST /trackings/get (issue 12) is the same call: it carries the GET's limit.
        "listTrackingsWithBody": RateLimit(requests=1, per_seconds=1.0, backoff_seconds=120),
    }
    # A copy of the spec (as written, before the tolerated forms are expanded) that allows 2 account
    # look-ups per 10 s and no longer limits the list.
    document = yaml.safe_load(spec.locate().read_text(encoding="utf-8"))
    document["paths"]["/trackings/getuserinfo"]["get"]["x-rate-limit"] = {"requests": 2, "per_seconds": 10}
    del document["paths"]["/trackings/get"]["get"]["x-rate-limit"]
    copy = tmp_path / "spec.yaml"
    copy.write_text(yaml.safe_dump(document), encoding="utf-8")
    fake = FakeTime()
    app = create_app(api_key="k", rate_limits=RateLimits(time=fake), spec_path=copy)
    client = make_client(app, api_key="k")
    assert [client.get("/trackings/getuserinfo").status_code for _ in range(3)] == [200, 200, 429]
    assert {client.get("/trackings/get").status_code for _ in range(3)} == {200}
    fake.now += 10.01
    assert client.get("/trackings/getuserinfo").status_code == 200


def test_retry_after_can_be_the_specs_back_off(make_client: Callable[..., Any]) -> None:
    client, _ = _limited(make_client, retry_after="spec")
    assert client.get("/trackings/get").status_code == 200
    refused = client.get("/trackings/get")
    assert (refused.status_code, refused.headers["retry-after"]) == (429, "120")


def test_a_limiter_built_without_the_apps_table_uses_the_specs() -> None:
    """E.g. one rebuilt by the control API: it still limits what the spec limits."""
    fake = FakeTime()
    limiter = ratelimit.RateLimiter(RateLimits(time=fake))
    limiter.check("listTrackings")
    with pytest.raises(MockError) as refused:
        limiter.check("listTrackings")
    assert refused.value.http_status == 429
    for _ in range(5):
        limiter.check("getUserInfo")  # not limited by the spec


def test_the_limits_in_force_are_described_with_the_specs_values() -> None:
    declared = ratelimit.from_spec(spec.load(spec.locate()))
    described = RateLimits(list=2, retry_after=7).describe(declared)
    assert (described["list"], described["realtime"], described["retry_after"]) == (2, 3, 7)
    assert described["operations"]["getRealtimeTracking"] == {"requests": 3, "per_seconds": 1.0, "backoff_seconds": 120}
