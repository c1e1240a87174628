"""Every call of the issue's quick start, as a user writes it: type-checked by ``mypy --strict``
(the root config covers tests/) without ``cast``, ``isinstance`` or an ``Unset`` import, and run
against the fake by tests/sdk/test_facade_e2e.py."""

from __future__ import annotations

from trackingmore_v2 import AsyncTrackingMore, TrackingMore, errors


def every_call(client: TrackingMore) -> list[str]:
    seen: list[str] = []
    t = client.trackings.create(tracking_number="RR123456789CN", carrier_code="china-post", title="#42")
    seen.append(t.status)
    t = client.trackings.get("china-post", "RR123456789CN")
    seen.append(t.tracking_number)
    t = client.trackings.get("china-post", "RR123456789CN", lang="de")
    t = client.trackings.update("china-post", "RR123456789CN", customer_name="Jane Doe")
    seen.append(str(t.customer_name))
    for t in client.trackings.list(status="pending"):
        seen.append(t.carrier_code)
    page = client.trackings.list(limit=100).first_page()
    seen.append(f"page {page.page} total {page.total} items {len(page.items)}")
    items = [{"tracking_number": f"RR{n:09d}DE", "carrier_code": "deutsche-post"} for n in range(45)]
    items.append({"tracking_number": "RR987654321CN", "carrier_code": ""})  # breaks the schema: not sent
    r = client.trackings.create_many(items)
    seen.append(f"submitted {r.submitted} added {r.added} trackings {len(r.trackings)}")
    seen.extend(f"error {e.index} {e.tracking_number} {e.code} {e.message}" for e in r.errors)
    keys = [{"tracking_number": "RR000000001DE", "carrier_code": "deutsche-post"}]
    seen.append(f"updated {client.trackings.update_many([{**keys[0], 'title': 'new'}]).updated}")
    seen.append(f"stopped {client.trackings.stop_updating(keys).change}")
    seen.append(f"deleted {client.trackings.delete_many(keys).delete}")
    realtime = client.trackings.realtime(tracking_number="TMDELIVERED0001", carrier_code="china-post")
    seen.append(realtime.items[0].status)
    client.trackings.change_carrier(
        tracking_number="RR000000002DE", carrier_code="deutsche-post", update_carrier_code="dhl"
    )
    seen.append(client.carriers.list()[0].code)
    seen.append(client.carriers.detect("RR123456789CN")[0].code)
    seen.append(client.account.get().email)
    seen.append(f"pending {client.account.status_counts(created_at_min=0).pending}")
    seen.append(f"remote {client.tools.remote_areas([{'country': 'JP', 'postcode': '7621094'}]).submitted}")
    lanes = client.tools.transit_times([{"carrier_code": "china-post", "original": "CN", "destination": "US"}])
    seen.append(f"lanes {len(lanes.items)}")
    seen.append(", ".join(client.tools.air_cargo(track_number="172-28891936").additional_properties))
    seen.append(client.with_options(timeout=3, max_retries=0).trackings.get("china-post", "RR123456789CN").id)
    raw = client.trackings.with_raw_response.get("china-post", "RR123456789CN")
    seen.append(f"raw {raw.http_status} {raw.meta.code} {raw.headers['content-type']} {raw.parse().status}")
    client.trackings.delete("china-post", "RR123456789CN")
    try:
        client.trackings.get("china-post", "RR123456789CN")
    except errors.NotFoundError as error:
        seen.append(f"{type(error).__name__} {error.code}")
    return seen


async def every_async_call(base_url: str, api_key: str) -> list[str]:
    seen: list[str] = []
    async with AsyncTrackingMore(api_key=api_key, base_url=base_url) as aclient:
        t = await aclient.trackings.create(tracking_number="RR555555555CN", carrier_code="china-post")
        t = await aclient.trackings.get("china-post", "RR555555555CN")
        seen.append(t.tracking_number)
        async for t in aclient.trackings.list(limit=2000):
            seen.append(t.tracking_number)
        r = await aclient.trackings.create_many(
            [{"tracking_number": f"AS{n:09d}CN", "carrier_code": "china-post"} for n in range(90)], max_concurrency=3
        )
        seen.append(f"async added {r.added} errors {len(r.errors)}")
        raw = await aclient.account.with_raw_response.get()
        seen.append(f"async raw {raw.http_status} {raw.parse().track_number}")
    return seen
