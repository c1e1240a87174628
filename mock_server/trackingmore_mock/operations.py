"""Which spec operation (operationId) a request is for, from the spec's paths and methods.

The traffic layer (journal, faults, webhooks) needs it before connexion routes the request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class OperationTable:
    routes: tuple[tuple[str, re.Pattern[str], str], ...]  # (METHOD, path pattern, operationId)

    @classmethod
    def from_spec(cls, spec: dict[str, Any], prefix: str) -> OperationTable:
        routes: list[tuple[str, re.Pattern[str], str]] = []
        # Literal paths before templated ones: `/trackings/get` is listTrackings, not getTracking.
        items = sorted((spec.get("paths") or {}).items(), key=lambda item: item[0].count("{"))
        for template, item in items:
            pattern = re.sub(r"\\\{([^/]+?)\\\}", r"[^/]+", re.escape(prefix + template))
            compiled = re.compile(f"^{pattern}/?\\Z", re.DOTALL)
            for method, operation in item.items():
                if method in _METHODS and isinstance(operation, dict) and "operationId" in operation:
                    routes.append((method.upper(), compiled, str(operation["operationId"])))
                    if method == "get":
                        routes.append(("HEAD", compiled, str(operation["operationId"])))
        return cls(tuple(routes))

    def find(self, method: str, path: str) -> str | None:
        for route_method, pattern, operation_id in self.routes:
            if route_method == method and pattern.match(path):
                return operation_id
        return None
