"""Cassettes: one JSON file per recorded exchange (request, response, timing), scrubbed.

    {"version": 1, "operation": "getTracking",
     "request": {"method": "GET", "path": "/v2/trackings/dhl/TM1", "query": [["lang", "en"]],
                 "headers": [["trackingmore-api-key", "[redacted]"], ...], "json": ...},
     "response": {"status": 200, "headers": [...], "json": {...}},
     "timing": {"started_at": "2026-12-01T22:00:00.000+00:00", "duration_ms": 12.3},
     "violations": [{"in": "response", "path": "$.data.status", "kind": "unknown enum value", ...}]}

A body is kept as `json` when it parses, as `text` otherwise, and left out when empty. Files are
named `<sequence>-<operation>.json`, so a directory sorts in the order the exchanges happened;
recording into a directory that has cassettes goes on after the last one.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from .scrub import Scrubber

VERSION = 1
_SEQUENCE = re.compile(r"^(\d+)-")
_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def body_fields(raw: bytes, scrubber: Scrubber) -> dict[str, Any]:
    if not raw:
        return {}
    try:
        return {"json": scrubber.value(json.loads(raw))}
    except (ValueError, RecursionError):
        return {"text": scrubber.text(raw.decode("utf-8", errors="replace"))}


def query_pairs(query: str, scrubber: Scrubber) -> list[list[str]]:
    return [[scrubber.text(key), scrubber.text(value)] for key, value in parse_qsl(query, keep_blank_values=True)]


def match_key(method: str, path: str, query: list[list[str]], body: dict[str, Any]) -> str:
    """What replay matches on: method, path, query (order-free) and body (as JSON, not bytes)."""
    return json.dumps([method.upper(), path, sorted(query), body], sort_keys=True)


def request_fields(
    scrubber: Scrubber, *, method: str, path: str, query: str, headers: Iterable[tuple[str, str]], body: bytes
) -> dict[str, Any]:
    return {
        "method": method.upper(),
        "path": scrubber.text(path),
        "query": query_pairs(query, scrubber),
        "headers": scrubber.headers(headers),
        **body_fields(body, scrubber),
    }


def request_key(request: dict[str, Any]) -> str:
    body: dict[str, Any] = {k: request[k] for k in ("json", "text") if k in request}
    return match_key(request["method"], request["path"], request["query"], body)


class CassetteWriter:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)
        sequences = [int(m.group(1)) for p in directory.glob("*.json") if (m := _SEQUENCE.match(p.name))]
        self._next = max(sequences, default=0) + 1
        self._lock = threading.Lock()

    def write(self, cassette: dict[str, Any]) -> Path:
        with self._lock:
            sequence = self._next
            self._next += 1
        name = f"{sequence:05d}-{_UNSAFE.sub('_', str(cassette.get('operation', 'unknown')))[:60]}.json"
        path = self.directory / name
        document = {"version": VERSION, **cassette}
        path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return path


def load(directory: Path) -> list[dict[str, Any]]:
    """Every cassette of `directory`, in recording order."""
    if not directory.is_dir():
        raise FileNotFoundError(f"no cassette directory {directory}")
    found: list[tuple[int, str, dict[str, Any]]] = []
    for path in directory.glob("*.json"):
        match = _SEQUENCE.match(path.name)
        document = json.loads(path.read_text("utf-8"))
        if isinstance(document, dict) and document.get("version") == VERSION and "request" in document:
            found.append((int(match.group(1)) if match else 0, path.name, document))
    return [document for _, _, document in sorted(found, key=lambda item: item[:2])]
