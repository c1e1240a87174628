"""Batch operations (at most 40 items, enforced by the spec): create, update, delete, notupdate.

Each item succeeds or fails on its own; a failing item is reported with its own code while the
others are applied.
"""

from __future__ import annotations

from typing import Any

from .. import render
from ..backend import MockBackend
from ..codes import MockError, envelope, meta
from ..store import TrackingRecord
from . import common


def _item_error(item: dict[str, Any], error: MockError) -> dict[str, Any]:
    body = meta(error.code, error.message)
    return {
        "tracking_number": str(item.get("tracking_number", "")),
        "carrier_code": str(item.get("carrier_code", "")),
        "code": error.code,
        "message": body["message"],
    }


class BatchHandlers:
    def __init__(self, backend: MockBackend) -> None:
        self.backend = backend

    async def batch_create_trackings(self, body: list[dict[str, Any]]) -> dict[str, Any]:
        trackings, errors = [], []
        for item in body:
            try:
                trackings.append(render.created(common.create(self.backend, item)))
            except MockError as exc:
                errors.append(_item_error(item, exc))
        data = {"submitted": len(body), "added": len(trackings), "trackings": trackings, "errors": errors}
        return envelope(data, 201 if trackings else 200)

    async def batch_update_trackings(self, body: list[dict[str, Any]]) -> dict[str, Any]:
        trackings, errors = [], []
        now = self.backend.now()
        for item in body:
            try:
                record = common.update(self.backend, common.key_of(item), item)
                trackings.append(render.updated(record, now))
            except MockError as exc:
                errors.append(_item_error(item, exc))
        data = {"submitted": len(body), "updated": len(trackings), "trackings": trackings, "errors": errors}
        return envelope(data)

    async def batch_delete_trackings(self, body: list[dict[str, Any]]) -> dict[str, Any]:
        results, deleted = [], 0
        for item in body:
            key = (str(item["carrier_code"]), str(item["tracking_number"]))
            try:
                self.backend.store.delete(key)
                code, message = 200, None
                deleted += 1
            except MockError as exc:
                code, message = exc.code, exc.message
            results.append({"meta": {"tracking_number": key[1], "carrier_code": key[0], **meta(code, message)}})
        return envelope({"submitted": len(body), "delete": deleted, "trackings": results})

    async def stop_updating_trackings(self, body: list[dict[str, Any]]) -> dict[str, Any]:
        changed, errors = [], []
        now = self.backend.now()

        def freeze(record: TrackingRecord) -> None:
            if record.frozen_at is None:
                record.frozen_at = now

        for item in body:
            key = (str(item["carrier_code"]), str(item["tracking_number"]))
            try:
                self.backend.store.update(key, freeze)
                changed.append({"tracking_number": key[1], "carrier_code": key[0]})
            except MockError as exc:
                errors.append(_item_error(item, exc))
        return envelope({"submitted": len(body), "change": len(changed), "trackings": changed, "errors": errors})
