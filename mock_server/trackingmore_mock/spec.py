"""Where the mock finds the OpenAPI spec, and the spec's path table (for 405 `Allow` headers).

There is one spec, `openapi/trackingmore-v2.yaml` at the repository root. The mock reads it from
there (found relative to this package in a checkout or editable install); `TRACKINGMORE_MOCK_SPEC`
or the `spec_path` option point elsewhere. A wheel build may copy it into the package as
`trackingmore_mock/openapi.yaml`, which is the last place looked at.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from . import tolerated

ENV_VAR = "TRACKINGMORE_MOCK_SPEC"
_HERE = Path(__file__).resolve().parent
_REPO_SPEC = _HERE.parents[1] / "openapi" / "trackingmore-v2.yaml"
_PACKAGED_SPEC = _HERE / "openapi.yaml"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def locate(spec_path: str | Path | None = None) -> Path:
    candidates = [spec_path, os.environ.get(ENV_VAR), _REPO_SPEC, _PACKAGED_SPEC]
    for candidate in candidates:
        if candidate:
            path = Path(candidate)
            if path.is_file():
                return path.resolve()
            if candidate in (spec_path, os.environ.get(ENV_VAR)):
                raise FileNotFoundError(f"OpenAPI spec not found: {path}")
    raise FileNotFoundError(f"OpenAPI spec not found (looked at {_REPO_SPEC}); set {ENV_VAR}")


def load(path: Path) -> dict[str, Any]:
    """The parsed spec with its tolerated input forms expanded (`tolerated.expand`), as the fake
    validates with it; a private copy (connexion mutates what it is given)."""
    return tolerated.expand(_parse(path, path.stat().st_mtime_ns))


@functools.lru_cache(maxsize=4)
def _parse(path: Path, _mtime: int) -> dict[str, Any]:
    # libyaml's loader is ~8x faster than the pure-Python one; tests build many apps.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document: dict[str, Any] = yaml.load(path.read_text("utf-8"), Loader=loader)
    return document


def operation_ids(spec: dict[str, Any]) -> list[str]:
    return [
        str(operation["operationId"])
        for item in (spec.get("paths") or {}).values()
        for method, operation in item.items()
        if method in _METHODS and isinstance(operation, dict) and "operationId" in operation
    ]


def api_key_header(spec: dict[str, Any]) -> str:
    """The header of the spec's apiKey security scheme (`Trackingmore-Api-Key`)."""
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    for scheme in schemes.values():
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            return str(scheme["name"])
    return "Trackingmore-Api-Key"


def api_key_scheme(spec: dict[str, Any]) -> str | None:
    """The name of the spec's apiKey header security scheme (`ApiKeyAuth`), if it has one."""
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    for name, scheme in schemes.items():
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            return str(name)
    return None


def base_path(spec: dict[str, Any]) -> str:
    """`/v2` from the first server URL `https://api.trackingmore.com/v2`."""
    url = str((spec.get("servers") or [{"url": ""}])[0]["url"])
    path = re.sub(r"^[a-z]+://[^/]+", "", url).rstrip("/")
    return path


@dataclass(frozen=True)
class PathTable:
    routes: tuple[tuple[re.Pattern[str], frozenset[str]], ...]

    @classmethod
    def from_spec(cls, spec: dict[str, Any], prefix: str) -> PathTable:
        routes = []
        for template, item in (spec.get("paths") or {}).items():
            # `{name}` becomes a named group matching one segment (any character but `/`).
            pattern = re.sub(r"\\\{([^/]+?)\\\}", r"(?P<\1>[^/]+)", re.escape(prefix + template))
            methods = {m.upper() for m in item if m in _METHODS}
            if "GET" in methods:  # HEAD is served by the GET handler
                methods.add("HEAD")
            routes.append((re.compile(f"^{pattern}/?\\Z", re.DOTALL), frozenset(methods)))
        return cls(tuple(routes))

    def allowed(self, path: str) -> frozenset[str] | None:
        """The methods of the spec path matching `path`, or None when no spec path matches."""
        found: set[str] = set()
        matched = False
        for pattern, methods in self.routes:
            if pattern.match(path):
                matched = True
                found |= methods
        return frozenset(found) if matched else None

    def parameters(self, path: str) -> dict[str, str] | None:
        """The path parameters of the first spec path matching `path`, or None."""
        for pattern, _ in self.routes:
            match = pattern.match(path)
            if match:
                return match.groupdict()
        return None


@functools.cache
def default_document() -> dict[str, Any]:
    """The spec `locate()` finds, parsed once: the source of the fake's process-wide tables."""
    return _parse(locate(), 0)


def meta_codes(spec: dict[str, Any]) -> dict[int, tuple[str, str]]:
    """`meta.code` -> (`meta.type`, default `meta.message`), from the spec's `x-meta-codes` table."""
    return {int(entry["code"]): (str(entry["type"]), str(entry["message"])) for entry in spec["x-meta-codes"]}


def operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for item in (spec.get("paths") or {}).values():
        for method, candidate in item.items():
            if method in _METHODS and isinstance(candidate, dict) and candidate.get("operationId") == operation_id:
                return candidate
    raise KeyError(operation_id)


def credits(spec: dict[str, Any], operation_id: str) -> int:
    """Tracking credits one call (`per: call`) or one item (`per: item`) costs: the spec's `x-credits`."""
    amount = float(operation(spec, operation_id)["x-credits"]["amount"])
    if not amount.is_integer():
        raise ValueError(f"{operation_id}: the fake bills whole credits only, not {amount}")
    return int(amount)
