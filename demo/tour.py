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

from trackingmore_v2 import AuthenticatedClient, PageSpacing, errors, parse_carrier_time
from trackingmore_v2.api.account import get_status_counts, get_user_info
from trackingmore_v2.api.batch import (
    batch_create_trackings,
    batch_delete_trackings,
    batch_update_trackings,
    stop_updating_trackings,
)
from trackingmore_v2.api.carriers import detect_carrier, list_carriers
from trackingmore_v2.api.tools import check_remote_areas, get_transit_times, track_air_cargo
from trackingmore_v2.api.trackings import (
    change_carrier,
    create_tracking,
    delete_tracking,
    get_realtime_tracking,
    get_tracking,
    get_tracking_in_language,
    list_trackings,
    update_tracking,
)
from trackingmore_v2.models import (
    AirCargoRequest,
    BatchUpdateItem,
    CarrierInfo,
    ChangeCarrierRequest,
    CreateTrackingRequest,
    DetectCarrierRequest,
    RealtimeTrackingRequest,
    RemoteAreaQuery,
    TrackingKey,
    TransitTimeQuery,
    UpdateTrackingRequest,
)
from trackingmore_v2.models.update_tracking_request_status import UpdateTrackingRequestStatus

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


def run_tour(client: AuthenticatedClient, *, live: bool) -> None:
    step("Carriers")
    carriers = list_carriers.sync(client=client).data
    show("carriers known", len(carriers))
    detected = detect_carrier.sync(client=client, body=DetectCarrierRequest(tracking_number="RR123456789CN"))
    show("RR123456789CN looks like", [c.code for c in detected.data][:3])

    step("Create, read, update one tracking")
    number = "TMDELIVERED0001"  # a scenario number of the fake: always delivered
    created = create_tracking.sync(
        client=client,
        body=CreateTrackingRequest(
            tracking_number=number, carrier_code="china-post", title="Demo parcel", order_id="#1001"
        ),
    ).data
    show("created", f"{created.tracking_number} status={created.status}")
    tracking = get_tracking.sync("china-post", number, client=client).data
    show("status / substatus", f"{tracking.status} / {tracking.substatus}")
    legs = [leg for leg in (tracking.origin_info, tracking.destination_info) if isinstance(leg, CarrierInfo)]
    checkpoints = [c for leg in legs if isinstance(leg.trackinfo, list) for c in leg.trackinfo]
    show("checkpoints (both legs)", len(checkpoints))
    if checkpoints:
        newest = max(checkpoints, key=lambda c: parse_carrier_time(c.date) or datetime.datetime.min)
        show("newest checkpoint", f"{newest.date} {newest.status_description} ({newest.details})")
        show("  as a datetime", repr(parse_carrier_time(newest.date)))
    in_english = get_tracking_in_language.sync("china-post", number, "en", client=client).data
    show("in English, status", in_english.status)
    updated = update_tracking.sync(
        "china-post",
        number,
        client=client,
        body=UpdateTrackingRequest(customer_name="Jane Doe", status=UpdateTrackingRequestStatus.MARK_DELIVERED),
    ).data
    show("updated customer_name", updated.customer_name)

    step("Batches: one call takes 40 items, sync_batch takes any number")
    batch = batch_create_trackings.sync(
        client=client,
        body=[
            CreateTrackingRequest(tracking_number="TMTRANSIT0001", carrier_code="ups"),
            CreateTrackingRequest(tracking_number="TMEXCEPTION0061", carrier_code="dhl"),
            CreateTrackingRequest(tracking_number=number, carrier_code="china-post"),  # duplicate
        ],
    ).data
    show("submitted / added", f"{batch.submitted} / {batch.added}")
    show("per-item errors", [(e.tracking_number, e.code) for e in batch.errors])
    many = [CreateTrackingRequest(tracking_number=f"TMPICKUP{n:04d}", carrier_code="usps") for n in range(95)]
    merged = batch_create_trackings.sync_batch(client=client, body=many)
    added = merged.data.added if merged.data else 0  # data is None only when every chunk failed
    show("95 items in 3 chunks: added", f"{added} (chunk failures: {len(merged.failures)})")
    more = batch_update_trackings.sync(
        client=client,
        body=[BatchUpdateItem(tracking_number="TMTRANSIT0001", carrier_code="ups", title="Updated in bulk")],
    ).data
    show("batch updated", more.updated)

    step("Listing and counting")
    page = list_trackings.sync(client=client, limit=2).data
    show("page 1 (limit 2) of total", f"{len(page.items)} of {page.total}")
    every = list(list_trackings.sync_iter(client=client, page_size=40, spacing=PageSpacing(min_interval=0)))
    show("sync_iter over pages of 40", f"{len(every)} trackings")
    counts = get_status_counts.sync(client=client).data
    show("per status", {k: v for k, v in counts.to_dict().items() if v})
    account = get_user_info.sync(client=client).data
    show("credits left", account.track_number)

    step("Realtime look-up (no tracking created)")
    realtime = get_realtime_tracking.sync(
        client=client, body=RealtimeTrackingRequest(tracking_number="TMPICKUP9999", carrier_code="usps")
    ).data
    show("realtime status", realtime.items[0].status if realtime.items else None)

    step("Tools")
    remote = check_remote_areas.sync(client=client, body=[RemoteAreaQuery(country="JP", postcode="7621094")]).data
    show("remote-area carriers", [r.far_express_company for r in remote.remote])
    times = get_transit_times.sync(
        client=client, body=[TransitTimeQuery(carrier_code="china-post", original="CN", destination="US")]
    ).data
    show("CN->US within 7 days (%)", times[0].range1 if times else None)
    cargo = track_air_cargo.sync(client=client, body=AirCargoRequest(track_number="172-28891936")).data
    show("air cargo AWBs", cargo.additional_keys)

    if live:
        step("Skipped on the live API: carrier change, stop updating, deletes (they change real data)")
        return

    step("Change carrier, stop updating, delete")
    change = ChangeCarrierRequest(tracking_number="TMTRANSIT0001", carrier_code="ups", update_carrier_code="fedex")
    moved = change_carrier.sync(client=client, body=change)
    show("carrier changed, meta.code", moved.meta.code)
    stopped = stop_updating_trackings.sync(
        client=client, body=[TrackingKey(tracking_number="TMTRANSIT0001", carrier_code="fedex")]
    ).data
    show("stopped updating", stopped.change)
    deleted = batch_delete_trackings.sync(
        client=client,
        body=[
            TrackingKey(tracking_number="TMTRANSIT0001", carrier_code="fedex"),
            TrackingKey(tracking_number="TMEXCEPTION0061", carrier_code="dhl"),
        ],
    ).data
    show("batch deleted", deleted.delete)
    gone = delete_tracking.sync("china-post", number, client=client)
    show("deleted one, meta.code", gone.meta.code)

    step("Errors: TrackingMore answers HTTP 200 with a 4xxx meta.code; the SDK raises typed exceptions")
    try:
        get_tracking.sync("china-post", number, client=client)
    except errors.NotFoundError as error:
        show("NotFoundError", error)
    missing = get_tracking.sync_detailed("china-post", number, client=client)
    show("sync_detailed: HTTP status", int(missing.status_code))
    show("sync_detailed: meta", missing.parsed.meta.to_dict() if missing.parsed else None)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--live", action="store_true", help="use the real API (needs TRACKINGMORE_API_KEY)")
    args = parser.parse_args(argv)
    with target(args.live) as (base_url, key):
        print(f"TrackingMore v2 tour against {base_url}")
        with AuthenticatedClient(base_url=base_url, token=key) as client:
            run_tour(client, live=args.live)
    print("\nDone: every operation of the spec was called.")


if __name__ == "__main__":
    main()
