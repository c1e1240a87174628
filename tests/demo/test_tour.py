"""`make demo` keeps working: the tour runs against the fake server and calls every operation."""

from __future__ import annotations

import httpx
import pytest
from support.spec import load_canonical_spec, operations
from support.tour import load_tour


def test_tour_calls_every_operation_and_prints_results(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    tour = load_tour()

    # Record which operation every request the SDK sends belongs to (the SDK tags each request).
    sent: list[str] = []
    original_send = httpx.Client.send

    def recording_send(self: httpx.Client, request: httpx.Request, **kwargs: object) -> httpx.Response:
        sent.append(str(request.extensions.get("trackingmore_operation_id")))
        return original_send(self, request, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(httpx.Client, "send", recording_send)
    tour.main([])

    printed = capsys.readouterr().out
    assert set(sent) == {op.operation_id for op in operations(load_canonical_spec())}  # the SDK's operations
    assert "status / substatus           delivered / delivered001" in printed
    assert "95 items in 3 requests: added 95 (errors: 0)" in printed
    assert "(2, 'TMDELIVERED0001', 4016), (3, 'TMTRANSIT0002', None)" in printed
    assert "NotFoundError                getTracking: [4031" in printed
    assert "Done: every operation of the spec was called." in printed


def test_live_mode_refuses_to_run_without_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRACKINGMORE_API_KEY", raising=False)
    with pytest.raises(SystemExit, match="TRACKINGMORE_API_KEY"):
        load_tour().main(["--live"])
