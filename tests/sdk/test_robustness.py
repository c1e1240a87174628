"""Whatever comes back, plain calls either return the success model or raise an SDK exception,
and detailed calls return a Response (property-based)."""

from __future__ import annotations

import json

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from trackingmore_v2 import AuthenticatedClient, errors
from trackingmore_v2.api.trackings import get_tracking
from trackingmore_v2.models import TrackingEnvelope

from sdk.helpers import API_KEY

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)
envelopes = st.fixed_dictionaries(
    {"meta": st.fixed_dictionaries({"code": st.integers(0, 5000) | st.text(max_size=5)}), "data": json_values}
)
bodies = st.one_of(
    st.binary(max_size=200),
    json_values.map(lambda value: json.dumps(value).encode()),
    envelopes.map(lambda value: json.dumps(value).encode()),
)


def client_answering(status: int, body: bytes) -> AuthenticatedClient:
    transport = httpx.MockTransport(lambda request: httpx.Response(status, content=body))
    return AuthenticatedClient(token=API_KEY, max_retries=0, httpx_args={"transport": transport})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(status=st.integers(100, 599).filter(lambda s: s not in (101, 204, 304)), body=bodies)
def test_plain_calls_only_raise_sdk_errors(status: int, body: bytes) -> None:
    with client_answering(status, body) as client:
        try:
            result = get_tracking.sync("china-post", "RM1", client=client)
        except errors.TrackingMoreError as error:
            assert API_KEY not in str(error)
        else:
            assert isinstance(result, TrackingEnvelope)
            assert 200 <= status <= 299


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(status=st.integers(100, 599).filter(lambda s: s not in (101, 204, 304)), body=bodies)
def test_detailed_calls_never_raise(status: int, body: bytes) -> None:
    with client_answering(status, body) as client:
        response = get_tracking.sync_detailed("china-post", "RM1", client=client)
    assert int(response.status_code) == status
    assert response.content == body
