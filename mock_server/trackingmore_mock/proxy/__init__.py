"""A validating proxy in front of TrackingMore (or any upstream speaking the spec), its recorder and replay.

    trackingmore-mock proxy --upstream https://api.trackingmore.com/v2 [--port P] [--record DIR]
    trackingmore-mock replay DIR [--port P]

`conformance` checks requests and answers against `openapi/trackingmore-v2.yaml`, `report` keeps
what it found per operation, `cassettes` writes and reads recorded exchanges (key and e-mail
addresses scrubbed), `app` is the proxy, `replay` serves cassettes, `cli` their command lines.
"""

from __future__ import annotations

from .app import create_proxy_app
from .conformance import Conformance
from .replay import create_replay_app
from .report import Report
from .violations import Kind, Violation

__all__ = ["Conformance", "Kind", "Report", "Violation", "create_proxy_app", "create_replay_app"]
