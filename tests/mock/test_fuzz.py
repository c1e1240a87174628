"""Random requests of every shape: the answer is always the JSON envelope and never a 5xx."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PATHS = [
    "/trackings/post",
    "/trackings/batch",
    "/trackings/realtime",
    "/trackings/update",
    "/trackings/updatemore",
    "/trackings/delete",
    "/trackings/notupdate",
    "/trackings/remote",
    "/trackings/costtime",
    "/trackings/aircargo",
    "/carriers/detect",
    "/trackings/ups/1Z9999W99999999999",
    "/trackings/get",
    "/carriers",
]
METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=15), children, max_size=5),
    max_leaves=20,
)
keyed_objects = st.fixed_dictionaries(
    {},
    optional={
        "tracking_number": json_values | st.from_regex(r"\A[A-Za-z0-9-]{1,60}\Z"),
        "carrier_code": json_values | st.sampled_from(["ups", "dhl", "china-post", "UPS", ""]),
        "update_carrier_code": json_values,
        "status": json_values | st.sampled_from([4, 7, 8]),
        "track_number": json_values,
        "country": json_values,
        "postcode": json_values,
        "original": json_values,
        "destination": json_values,
    },
)
bodies = (
    st.binary(max_size=200)
    | json_values.map(lambda v: json.dumps(v).encode())
    | keyed_objects.map(lambda v: json.dumps(v).encode())
    | st.lists(keyed_objects, max_size=45).map(lambda v: json.dumps(v).encode())
)
content_types = st.sampled_from(["application/json", "text/plain", "application/json; charset=latin-1", ""])


def test_random_requests_never_fail_the_server(mock_app: Any, make_client: Callable[..., Any]) -> None:
    client = make_client(mock_app)  # one client for all examples (the app's state is shared too)

    @settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
    @given(
        method=st.sampled_from(METHODS),
        path=st.sampled_from(PATHS),
        body=bodies,
        content_type=content_types,
        query=st.dictionaries(
            st.sampled_from(["page", "limit", "status", "numbers", "archived", "created_at_min", "x"]),
            st.text(max_size=10),
            max_size=3,
        ),
    )
    def check(method: str, path: str, body: bytes, content_type: str, query: dict[str, str]) -> None:
        headers = {"Content-Type": content_type} if content_type else {}
        response = client.request(method, path, content=body, headers=headers, params=query)
        assert response.status_code < 500
        answer = response.json()
        assert set(answer) == {"meta", "data"} and isinstance(answer["meta"]["code"], int)
        if answer["meta"]["code"] not in (200, 201):
            assert answer["data"] == []

    check()
