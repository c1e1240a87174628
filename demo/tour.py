"""`make demo`: drive the generated SDK through every TrackingMore v2 operation.

By default it starts the fake TrackingMore server on a free loopback port and talks to it. With
`--live` (and TRACKINGMORE_API_KEY set) it talks to the real API instead, skipping the calls that
would delete or change existing data.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import os
import sys
from collections.abc import Iterator
from typing import Any

from trackingmore_v2 import TrackingMore, errors, parse_carrier_time
from trackingmore_v2.models import CarrierInfo, UpdateTrackingRequestStatus

LIVE_BASE_URL = "https://api.trackingmore.com/v2"
DEMO_KEY = "demo-key"  # the fake server's key; not a secret


def step(title: str) -> None:
    print(f"\n== {title}")


def show(label: str, value: Any) -> None:
    print(f"   {label:<28} {value}")


@contextlib.contextmanager
def target(live: bool) -> Iterator[tuple[str, str]]:
    """Yield (base URL, API key): the real API when asked, else the fake on a free loopback port."""
    if live:
        key = os.environ.get("TRACKINGMORE_API_KEY")
        if not key:
            sys.exit("--live needs TRACKINGMORE_API_KEY in the environment")
        yield LIVE_BASE_URL, key
        return
    from trackingmore_mock import create_app
    from trackingmore_mock.server import serve_in_thread

    with serve_in_thread(create_app(api_key=DEMO_KEY, seed=7)) as base_url:
        yield base_url, DEMO_KEY


def run_tour(client: TrackingMore, *, live: bool) -> None:
    step("Carriers")
    carriers = client.carriers.list()
    show("carriers known", len(carriers))
    detected = client.carriers.detect("RR123456789CN")
    show("RR123456789CN looks like", [c.code for c in detected][:3])

    step("Create, read, update one tracking")
    number = "TMDELIVERED0001"  # a scenario number of the fake: always delivered
    created = client.trackings.create(
        tracking_number=number, carrier_code="china-post", title="Demo parcel", order_id="#1001"
    )
    show("created", f"{created.tracking_number} status={created.status}")
    tracking = client.trackings.get("china-post", number)
    show("status / substatus", f"{tracking.status} / {tracking.substatus}")
    legs = [leg for leg in (tracking.origin_info, tracking.destination_info) if isinstance(leg, CarrierInfo)]
    checkpoints = [c for leg in legs if isinstance(leg.trackinfo, list) for c in leg.trackinfo]
    show("checkpoints (both legs)", len(checkpoints))
    if checkpoints:
        newest = max(checkpoints, key=lambda c: parse_carrier_time(c.date) or datetime.datetime.min)
        show("newest checkpoint", f"{newest.date} {newest.status_description} ({newest.details})")
        show("  as a datetime", repr(parse_carrier_time(newest.date)))
    in_english = client.trackings.get("china-post", number, lang="en")
    show("in English, status", in_english.status)
    updated = client.trackings.update(
        "china-post", number, customer_name="Jane Doe", status=UpdateTrackingRequestStatus.MARK_DELIVERED
    )
    show("updated customer_name", updated.customer_name)

    step("Batches: any number of items, 40 per request, errors at their index in your list")
    batch = client.trackings.create_many(
        [
            {"tracking_number": "TMTRANSIT0001", "carrier_code": "ups"},
            {"tracking_number": "TMEXCEPTION0061", "carrier_code": "dhl"},
            {"tracking_number": number, "carrier_code": "china-post"},  # duplicate
            {"tracking_number": "TMTRANSIT0002", "carrier_code": ""},  # breaks the spec: not sent
        ]
    )
    show("submitted / added", f"{batch.submitted} / {batch.added}")
    show("per-item errors", [(e.index, e.tracking_number, e.code) for e in batch.errors])
    many = [{"tracking_number": f"TMPICKUP{n:04d}", "carrier_code": "usps"} for n in range(95)]
    merged = client.trackings.create_many(many)
    show("95 items in 3 requests: added", f"{merged.added} (errors: {len(merged.errors)})")
    more = client.trackings.update_many(
        [{"tracking_number": "TMTRANSIT0001", "carrier_code": "ups", "title": "Updated in bulk"}]
    )
    show("batch updated", more.updated)

    step("Listing and counting")
    page = client.trackings.list(limit=2).first_page()
    show("page 1 (limit 2) of total", f"{len(page.items)} of {page.total}")
    every = list(client.trackings.list(limit=2000))
    show("every tracking, lazily", f"{len(every)} trackings")
    counts = client.account.status_counts()
    show("per status", {k: v for k, v in counts.to_dict().items() if v})
    account = client.account.get()
    show("credits left", account.track_number)

    step("Realtime look-up (no tracking created)")
    realtime = client.trackings.realtime(tracking_number="TMPICKUP9999", carrier_code="usps")
    show("realtime status", realtime.items[0].status if realtime.items else None)

    step("Tools")
    remote = client.tools.remote_areas([{"country": "JP", "postcode": "7621094"}])
    show("remote-area carriers", [r.far_express_company for r in remote.remote])
    times = client.tools.transit_times([{"carrier_code": "china-post", "original": "CN", "destination": "US"}])
    show("CN->US within 7 days (%)", times.items[0].range1 if times.items else None)
    cargo = client.tools.air_cargo(track_number="172-28891936")
    show("air cargo AWBs", cargo.additional_keys)

    if live:
        step("Skipped on the live API: carrier change, stop updating, deletes (they change real data)")
        return

    step("Change carrier, stop updating, delete")
    client.trackings.change_carrier(tracking_number="TMTRANSIT0001", carrier_code="ups", update_carrier_code="fedex")
    show("carrier changed", "ups -> fedex")
    stopped = client.trackings.stop_updating([{"tracking_number": "TMTRANSIT0001", "carrier_code": "fedex"}])
    show("stopped updating", stopped.change)
    deleted = client.trackings.delete_many(
        [
            {"tracking_number": "TMTRANSIT0001", "carrier_code": "fedex"},
            {"tracking_number": "TMEXCEPTION0061", "carrier_code": "dhl"},
        ]
    )
    show("batch deleted", deleted.delete)
    client.trackings.delete("china-post", number)
    show("deleted one", number)

    step("Errors: TrackingMore answers HTTP 200 with a 4xxx meta.code; the SDK raises typed exceptions")
    try:
        client.trackings.get("china-post", number)
    except errors.NotFoundError as error:
        show("NotFoundError", error)
    raw = client.trackings.with_raw_response.get("china-post", number)
    show("with_raw_response: HTTP status", raw.http_status)
    show("with_raw_response: meta", raw.meta)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--live", action="store_true", help="use the real API (needs TRACKINGMORE_API_KEY)")
    args = parser.parse_args(argv)
    with target(args.live) as (base_url, key):
        print(f"TrackingMore v2 tour against {base_url}")
        with TrackingMore(base_url=base_url, api_key=key) as client:
            run_tour(client, live=args.live)
    print("\nDone: every operation of the spec was called.")


if __name__ == "__main__":
    main()
