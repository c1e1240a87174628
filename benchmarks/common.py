"""What every benchmark shares: sizes, the alternating runner, figures, the table and the JSON."""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

REPO = Path(__file__).resolve().parent.parent
RESULTS_DIR = REPO / "benchmarks" / "results"
SPEC = REPO / "openapi" / "trackingmore-v2.yaml"


@dataclass(frozen=True)
class Sizes:
    """How much work each benchmark does; ``full()``, ``quick()`` (BENCH_QUICK=1) or ``tiny()`` (smoke test)."""

    mode: str
    bulk_total: int  # trackings imported by the SDK and by raw httpx per round
    legacy_subset: int  # trackings created one call each by trackingmore 0.2 per round
    bulk_rounds: int
    concurrency: int  # requests in flight, SDK and raw httpx alike
    client_calls: int  # calls per timed loop of the per-call benchmark
    client_rounds: int
    decode_trackings: int  # trackings in the decoded list page
    decode_rounds: int
    load_duration_s: float  # seconds of load per throughput measurement
    load_warmup_s: float
    load_rounds: int
    load_connections: int
    server_profile_requests: int  # requests profiled in-process to explain the server-bound figures
    # Benchmark 6 (latency and rate limits): trackings imported and listed, realtime look-ups, rounds.
    sync_trackings: int = 4_000
    sync_lookups: int = 30
    sync_rounds: int = 1

    @classmethod
    def full(cls) -> Sizes:
        return cls("full", 10_000, 500, 5, 4, 300, 41, 2_000, 9, 8.0, 2.0, 2, 16, 100, 4_000, 30, 2)

    @classmethod
    def quick(cls) -> Sizes:
        return cls("quick", 2_000, 100, 3, 4, 200, 15, 2_000, 3, 3.0, 1.0, 1, 16, 40, 2_000, 30, 1)

    @classmethod
    def tiny(cls) -> Sizes:
        return cls("tiny", 120, 10, 1, 2, 20, 1, 20, 1, 1.0, 0.5, 1, 4, 3, 80, 6, 1)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


@dataclass
class Figure:
    """One row of the table.

    ``ratio`` is oriented so that the target reads naturally: a speed-up (reference / ours) for
    "at least Nx faster", a cost factor (ours / reference) for "at most Nx the time".
    """

    bench: str
    name: str
    unit: str
    ours: float | None
    reference: float | None = None
    reference_name: str = ""
    ratio: float | None = None
    ratio_kind: str = ""  # e.g. "x faster", "x the time", "x Prism"
    target_op: Literal[">=", "<=", ""] = ""
    target: float | None = None
    ours_spread: tuple[float, float] | None = None
    reference_spread: tuple[float, float] | None = None
    ratio_spread: tuple[float, float] | None = None
    note: str = ""
    samples: dict[str, list[float]] = field(default_factory=dict)

    @property
    def met(self) -> bool | None:
        if self.target is None or self.ratio is None or not self.target_op:
            return None
        return self.ratio >= self.target if self.target_op == ">=" else self.ratio <= self.target

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["met"] = self.met
        return data


def spread(values: Sequence[float]) -> tuple[float, float] | None:
    return (min(values), max(values)) if len(values) > 1 else None


def paired_figure(
    *,
    bench: str,
    name: str,
    unit: str,
    ours: Sequence[float],
    reference: Sequence[float],
    reference_name: str,
    ratio_of: Callable[[float, float], float],
    ratio_kind: str,
    target_op: Literal[">=", "<=", ""] = "",
    target: float | None = None,
    note: str = "",
    scale: float = 1.0,
) -> Figure:
    """A figure from per-round paired samples: medians of each side and the median of per-round ratios.

    Ratios are taken round by round (both sides ran back to back) so that drift of the noisy
    machine between rounds cancels out; ``scale`` converts the samples into ``unit``.
    """
    ratios = [ratio_of(o, r) for o, r in zip(ours, reference, strict=True)]
    ours_scaled = [v * scale for v in ours]
    ref_scaled = [v * scale for v in reference]
    return Figure(
        bench=bench,
        name=name,
        unit=unit,
        ours=median(ours_scaled),
        reference=median(ref_scaled),
        reference_name=reference_name,
        ratio=median(ratios),
        ratio_kind=ratio_kind,
        target_op=target_op,
        target=target,
        ours_spread=spread(ours_scaled),
        reference_spread=spread(ref_scaled),
        ratio_spread=spread(ratios),
        note=note,
        samples={"ours": ours_scaled, "reference": ref_scaled, "ratio": ratios},
    )


def alternate(
    sides: dict[str, Callable[[], float]], *, rounds: int, warmup: int = 1, log: Callable[[str], None] | None = None
) -> dict[str, list[float]]:
    """Run every side ``warmup`` times (discarded), then ``rounds`` times, alternating the order.

    Each side returns its own measurement (usually seconds it timed itself, excluding set-up).
    Round r runs the sides in order when r is even and in reverse when odd, so neither side
    always runs first (warm caches, a server that just finished the other's work).
    """
    names = list(sides)
    for _ in range(warmup):
        for name in names:
            sides[name]()
    results: dict[str, list[float]] = {name: [] for name in names}
    for r in range(rounds):
        order = names if r % 2 == 0 else names[::-1]
        for name in order:
            value = sides[name]()
            results[name].append(value)
            if log is not None:
                log(f"    round {r + 1}/{rounds} {name}: {value:.4g}")
    return results


def timed_loop(fn: Callable[[], object], count: int) -> float:
    """Seconds per call of ``fn`` over ``count`` calls."""
    start = time.perf_counter()
    for _ in range(count):
        fn()
    return (time.perf_counter() - start) / count


# ---------------------------------------------------------------------------------------- table


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "s":
        if value >= 1:
            return f"{value:.2f} s"
        if value >= 1e-3:
            return f"{value * 1e3:.1f} ms"
        return f"{value * 1e6:.1f} µs"
    if unit in ("ms", "µs"):
        return f"{value:.1f} {unit}"
    if unit in ("req/s", "req/CPU-s"):
        return f"{value:,.0f} {unit}"
    return f"{value:.3g} {unit}"


def _fmt_ratio(figure: Figure) -> str:
    if figure.ratio is None:
        return "-"
    text = f"{figure.ratio:.2f}{figure.ratio_kind}"
    if figure.ratio_spread is not None:
        low, high = figure.ratio_spread
        text += f" [{low:.2f}-{high:.2f}]"
    return text


def _fmt_target(figure: Figure) -> str:
    if figure.target is None or not figure.target_op:
        return "-"
    op = "≥" if figure.target_op == ">=" else "≤"
    return f"{op} {figure.target:g}{figure.ratio_kind}"


def _fmt_met(figure: Figure) -> str:
    met = figure.met
    return "-" if met is None else ("yes" if met else "NO")


def _fmt_with_spread(value: float | None, spread_: tuple[float, float] | None, unit: str) -> str:
    text = _fmt(value, unit)
    if spread_ is not None and value is not None:
        text += f" ({_fmt(spread_[0], unit)}-{_fmt(spread_[1], unit)})"
    return text


def table_rows(figures: Sequence[Figure]) -> list[list[str]]:
    rows = [["#", "figure", "ours (min-max)", "reference (min-max)", "ratio [min-max]", "target", "met?"]]
    for f in figures:
        reference = _fmt_with_spread(f.reference, f.reference_spread, f.unit)
        if f.reference_name and f.reference is not None:
            reference = f"{f.reference_name}: {reference}"
        rows.append(
            [
                f.bench,
                f.name,
                _fmt_with_spread(f.ours, f.ours_spread, f.unit),
                reference,
                _fmt_ratio(f),
                _fmt_target(f),
                _fmt_met(f),
            ]
        )
    return rows


def render_table(figures: Sequence[Figure], *, markdown: bool = False) -> str:
    rows = table_rows(figures)
    if markdown:
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
        lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows[1:]]
        return "\n".join(lines)
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    out = []
    for n, row in enumerate(rows):
        out.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def machine() -> dict[str, Any]:
    return {
        "cpus": os.cpu_count(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "node": None,
    }


def write_results(payload: dict[str, Any], path: Path | None = None) -> Path:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    target = path or RESULTS_DIR / f"bench-{stamp}.json"
    text = json.dumps(payload, indent=2, ensure_ascii=False)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text + "\n", encoding="utf-8")
    if path is None:
        (RESULTS_DIR / "latest.json").write_text(text + "\n", encoding="utf-8")
    return target


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
