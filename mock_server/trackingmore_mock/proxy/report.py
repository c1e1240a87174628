"""The proxy's report: per operation, the calls seen and the violations by place and kind."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from .violations import Violation


@dataclass
class Finding:
    where: str
    path: str
    kind: str
    count: int
    example: str  # the detail of the first occurrence (already scrubbed)


@dataclass
class OperationReport:
    operation: str
    method: str
    path: str
    calls: int = 0
    calls_with_violations: int = 0
    upstream_errors: int = 0
    findings: dict[tuple[str, str, str], Finding] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        ordered = sorted(self.findings.values(), key=lambda f: (f.where != "response", f.path, f.kind))
        return {
            "method": self.method,
            "path": self.path,
            "calls": self.calls,
            "calls_with_violations": self.calls_with_violations,
            "upstream_errors": self.upstream_errors,
            "violations": [
                {"in": f.where, "path": f.path, "kind": f.kind, "count": f.count, "example": f.example} for f in ordered
            ],
        }


class Report:
    """Thread-safe: the server thread adds to it while another thread may read it."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self._operations: dict[str, OperationReport] = {}
        self._lock = threading.Lock()

    def _entry(self, operation: str, method: str, path: str) -> OperationReport:
        entry = self._operations.get(operation)
        if entry is None:
            entry = self._operations[operation] = OperationReport(operation, method, path)
        return entry

    def record(self, operation: str, method: str, path: str, violations: list[Violation]) -> None:
        with self._lock:
            entry = self._entry(operation, method, path)
            entry.calls += 1
            if violations:
                entry.calls_with_violations += 1
            for violation in violations:
                key = (violation.where, violation.path, str(violation.kind))
                found = entry.findings.get(key)
                if found is None:
                    entry.findings[key] = Finding(*key, count=1, example=violation.detail)
                else:
                    found.count += 1

    def record_upstream_error(self, operation: str, method: str, path: str) -> None:
        with self._lock:
            entry = self._entry(operation, method, path)
            entry.calls += 1
            entry.upstream_errors += 1

    def clear(self) -> None:
        with self._lock:
            self._operations.clear()

    def to_json(self) -> dict[str, Any]:
        with self._lock:
            operations = {name: entry.to_json() for name, entry in self._operations.items()}
        return {
            "upstream": self.upstream,
            "calls": sum(op["calls"] for op in operations.values()),
            "calls_with_violations": sum(op["calls_with_violations"] for op in operations.values()),
            "violations": sum(len(op["violations"]) for op in operations.values()),
            "operations": operations,
        }

    def summary(self) -> str:
        """The report for people: responses first (where the spec may be wrong), then requests."""
        data = self.to_json()
        lines = [
            f"Spec conformance through the proxy (upstream {data['upstream']}): {data['calls']} calls, "
            f"{data['calls_with_violations']} with violations, {data['violations']} distinct violations"
        ]
        for name, op in data["operations"].items():
            state = f"{op['calls_with_violations']} with violations" if op["violations"] else "conforms"
            errors = f", {op['upstream_errors']} upstream errors" if op["upstream_errors"] else ""
            calls = f"{op['calls']} call{'s' if op['calls'] != 1 else ''}"
            lines.append(f"  {name}  {op['method']} {op['path']}: {calls}, {state}{errors}")
            for v in op["violations"]:
                lines.append(f"    {v['in']:<8} {v['path']:<40} {v['kind']:<24} x{v['count']}  {v['example']}")
        if not data["operations"]:
            lines.append("  (no calls)")
        return "\n".join(lines)
