"""Limits the spec states for what each operation sends (written from the spec by
generator-hooks/write_spec_limits.py; checked by runtime.limits before sending)."""

from typing import Any

SPEC_LIMITS: dict[str, dict[str, Any]] = {
    "batchCreateTrackings": {"body": {"minItems": 1, "maxItems": 40}},
    "batchDeleteTrackings": {"body": {"minItems": 1, "maxItems": 40}},
    "batchUpdateTrackings": {"body": {"minItems": 1, "maxItems": 40}},
    "checkRemoteAreas": {"body": {"minItems": 1, "maxItems": 40}},
    "getStatusCounts": {
        "query": {
            "created_at_min": {"minimum": 0},
            "created_at_max": {"minimum": 0},
            "order_created_time_min": {"minimum": 0},
            "order_created_time_max": {"minimum": 0},
        }
    },
    "getTransitTimes": {"body": {"minItems": 1, "maxItems": 40}},
    "listTrackings": {
        "query": {
            "page": {"minimum": 1, "maximum": 1000000},
            "limit": {"minimum": 1, "maximum": 2000},
            "created_at_min": {"minimum": 0},
            "created_at_max": {"minimum": 0},
            "update_time_min": {"minimum": 0},
            "update_time_max": {"minimum": 0},
            "order_created_time_min": {"minimum": 0},
            "order_created_time_max": {"minimum": 0},
            "lang": {"pattern": "^[a-z]{2}$"},
            "numbers": {"pattern": "^[A-Za-z0-9-]+(,[A-Za-z0-9-]+){0,39}$"},
            "orders": {"pattern": "^[^,]+(,[^,]+){0,39}$"},
        }
    },
    "stopUpdatingTrackings": {"body": {"minItems": 1, "maxItems": 40}},
}
