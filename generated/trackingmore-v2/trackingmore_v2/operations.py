"""What the spec says about each operation, keyed by operationId (generated from the spec's
``x-sdk``, ``x-retry-safe``, ``x-credits``, the query parameters' limits and request bodies by ``generator-hooks/render_from_spec.py``).

Every generated request carries its entry in ``httpx.Request.extensions`` (``runtime.facts``), so
the retry transport (and any later per-operation policy) reads the spec's word from the request.
"""

from typing import Any

from .runtime.facts import Credits, OperationFacts

# JSON Schema of one item of each array body, $refs inlined (read by runtime.validation).
_schema_batchCreateTrackings: dict[str, Any] = {
    "type": "object",
    "description": "A tracking to create.",
    "required": ["tracking_number", "carrier_code"],
    "properties": {
        "tracking_number": {
            "type": "string",
            "description": "A tracking number, 4 to 50 letters, digits or hyphens.",
            "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{3,49}$",
        },
        "carrier_code": {
            "type": "string",
            "description": "A carrier code from `listCarriers` (lowercase slug), e.g. `china-post`, `4px`.",
            "pattern": "^[a-z0-9][a-z0-9-]{0,49}$",
        },
        "destination_code": {
            "type": "string",
            "description": "ISO 3166-1 alpha-2 country code.",
            "pattern": "^[A-Za-z]{2}$",
        },
        "title": {"type": "string", "maxLength": 255, "description": "Title of the item, e.g. the product."},
        "logistics_channel": {"type": "string", "maxLength": 255},
        "customer_name": {"type": "string", "maxLength": 255},
        "customer_email": {
            "description": "One e-mail address or a list of them (the API returns either form), or null.",
            "anyOf": [
                {"type": "string", "nullable": True, "maxLength": 320},
                {"type": "array", "nullable": True, "maxItems": 20, "items": {"type": "string", "maxLength": 320}},
            ],
        },
        "customer_phone": {"type": "string", "maxLength": 50},
        "order_id": {"type": "string", "maxLength": 255},
        "order_create_time": {
            "type": "string",
            "description": "Order time in the documented form `2017/8/27 16:51` (`YYYY/M/D HH:MM`, no time zone).",
            "pattern": "^[0-9]{4}/[0-9]{1,2}/[0-9]{1,2} [0-9]{1,2}:[0-9]{2}$",
        },
        "tracking_ship_date": {
            "type": "string",
            "description": "Ship date `YYYYMMDD`, needed by some carriers.",
            "pattern": "^[0-9]{8}$",
        },
        "tracking_postal_code": {
            "type": "string",
            "maxLength": 20,
            "description": "Destination postal code, needed by some carriers.",
        },
        "tracking_account_number": {
            "type": "string",
            "maxLength": 50,
            "description": "Account number, needed by some carriers.",
        },
        "tracking_destination_country": {
            "type": "string",
            "maxLength": 100,
            "description": "Destination country, needed by some carriers.",
        },
        "specialNumberDestination": {"type": "string", "maxLength": 100},
        "lang": {
            "type": "string",
            "description": "Two-letter language code, e.g. `en`, `cn`.",
            "pattern": "^[a-z]{2}$",
        },
        "auto_correct": {
            "type": "integer",
            "enum": [0, 1],
            "description": "1 forbids TrackingMore to correct a wrong carrier code automatically.",
        },
        "comment": {"type": "string", "maxLength": 1000},
    },
}
_schema_batchDeleteTrackings: dict[str, Any] = {
    "type": "object",
    "description": "Identifies one tracking.",
    "required": ["tracking_number", "carrier_code"],
    "properties": {
        "tracking_number": {
            "type": "string",
            "description": "A tracking number, 4 to 50 letters, digits or hyphens.",
            "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{3,49}$",
        },
        "carrier_code": {
            "type": "string",
            "description": "A carrier code from `listCarriers` (lowercase slug), e.g. `china-post`, `4px`.",
            "pattern": "^[a-z0-9][a-z0-9-]{0,49}$",
        },
    },
}
_schema_batchUpdateTrackings: dict[str, Any] = {
    "description": "One tracking of a batch update and the fields to change.",
    "allOf": [
        {
            "type": "object",
            "description": "Identifies one tracking.",
            "required": ["tracking_number", "carrier_code"],
            "properties": {
                "tracking_number": {
                    "type": "string",
                    "description": "A tracking number, 4 to 50 letters, digits or hyphens.",
                    "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{3,49}$",
                },
                "carrier_code": {
                    "type": "string",
                    "description": "A carrier code from `listCarriers` (lowercase slug), e.g. `china-post`, `4px`.",
                    "pattern": "^[a-z0-9][a-z0-9-]{0,49}$",
                },
            },
        },
        {
            "type": "object",
            "description": "The fields to change; absent fields are left as they are.",
            "properties": {
                "title": {"type": "string", "maxLength": 255},
                "logistics_channel": {"type": "string", "maxLength": 255},
                "customer_name": {"type": "string", "maxLength": 255},
                "customer_email": {
                    "description": "One e-mail address or a list of them (the API returns either form), or null.",
                    "anyOf": [
                        {"type": "string", "nullable": True, "maxLength": 320},
                        {
                            "type": "array",
                            "nullable": True,
                            "maxItems": 20,
                            "items": {"type": "string", "maxLength": 320},
                        },
                    ],
                },
                "customer_phone": {"type": "string", "maxLength": 50},
                "order_id": {"type": "string", "maxLength": 255},
                "destination_code": {
                    "type": "string",
                    "description": "ISO 3166-1 alpha-2 country code.",
                    "pattern": "^[A-Za-z]{2}$",
                },
                "archived": {
                    "type": "string",
                    "enum": ["true", "false"],
                    "description": 'Archive ("true") or unarchive ("false") the tracking.',
                },
                "status": {
                    "type": "integer",
                    "enum": [4, 7, 8],
                    "description": "4 marks the tracking delivered, 7 exception, 8 restores its own status.",
                },
            },
        },
    ],
}
_schema_checkRemoteAreas: dict[str, Any] = {
    "type": "object",
    "required": ["country", "postcode"],
    "properties": {
        "country": {
            "type": "string",
            "minLength": 2,
            "maxLength": 100,
            "description": "Country name or 2-letter code.",
        },
        "postcode": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100,
            "description": "Postcode, or the city name where the country has no postcodes.",
        },
        "company": {"type": "string", "maxLength": 50, "description": "Only this carrier (optional), e.g. `dhl`."},
    },
}
_schema_getTransitTimes: dict[str, Any] = {
    "type": "object",
    "required": ["carrier_code", "original", "destination"],
    "properties": {
        "carrier_code": {
            "type": "string",
            "description": "A carrier code from `listCarriers` (lowercase slug), e.g. `china-post`, `4px`.",
            "pattern": "^[a-z0-9][a-z0-9-]{0,49}$",
        },
        "original": {"type": "string", "description": "ISO 3166-1 alpha-2 country code.", "pattern": "^[A-Za-z]{2}$"},
        "destination": {
            "type": "string",
            "description": "ISO 3166-1 alpha-2 country code.",
            "pattern": "^[A-Za-z]{2}$",
        },
    },
}
_schema_stopUpdatingTrackings: dict[str, Any] = {
    "type": "object",
    "description": "Identifies one tracking.",
    "required": ["tracking_number", "carrier_code"],
    "properties": {
        "tracking_number": {
            "type": "string",
            "description": "A tracking number, 4 to 50 letters, digits or hyphens.",
            "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{3,49}$",
        },
        "carrier_code": {
            "type": "string",
            "description": "A carrier code from `listCarriers` (lowercase slug), e.g. `china-post`, `4px`.",
            "pattern": "^[a-z0-9][a-z0-9-]{0,49}$",
        },
    },
}

OPERATIONS: dict[str, OperationFacts] = {
    "batchCreateTrackings": OperationFacts(
        operation_id="batchCreateTrackings",
        resource="trackings",
        method="create_many",
        retry_safe=False,
        credits=Credits(amount=1.0, per="item"),
        max_items=40,
        min_items=1,
        item_schema=_schema_batchCreateTrackings,
    ),
    "batchDeleteTrackings": OperationFacts(
        operation_id="batchDeleteTrackings",
        resource="trackings",
        method="delete_many",
        retry_safe=False,
        credits=Credits(amount=0.0, per="call"),
        max_items=40,
        min_items=1,
        item_schema=_schema_batchDeleteTrackings,
    ),
    "batchUpdateTrackings": OperationFacts(
        operation_id="batchUpdateTrackings",
        resource="trackings",
        method="update_many",
        retry_safe=False,
        credits=Credits(amount=0.0, per="call"),
        max_items=40,
        min_items=1,
        item_schema=_schema_batchUpdateTrackings,
    ),
    "changeCarrier": OperationFacts(
        operation_id="changeCarrier",
        resource="trackings",
        method="change_carrier",
        retry_safe=False,
        credits=Credits(amount=0.0, per="call"),
    ),
    "checkRemoteAreas": OperationFacts(
        operation_id="checkRemoteAreas",
        resource="tools",
        method="remote_areas",
        retry_safe=True,
        credits=Credits(amount=0.2, per="call"),
        max_items=40,
        min_items=1,
        item_schema=_schema_checkRemoteAreas,
    ),
    "createTracking": OperationFacts(
        operation_id="createTracking",
        resource="trackings",
        method="create",
        retry_safe=False,
        credits=Credits(amount=1.0, per="call"),
    ),
    "deleteTracking": OperationFacts(
        operation_id="deleteTracking",
        resource="trackings",
        method="delete",
        retry_safe=True,
        credits=Credits(amount=0.0, per="call"),
    ),
    "detectCarrier": OperationFacts(
        operation_id="detectCarrier",
        resource="carriers",
        method="detect",
        retry_safe=True,
        credits=Credits(amount=0.2, per="call"),
    ),
    "getRealtimeTracking": OperationFacts(
        operation_id="getRealtimeTracking",
        resource="trackings",
        method="realtime",
        retry_safe=True,
        credits=Credits(amount=1.0, per="call"),
        extensions={
            "x-rate-limit": {
                "requests": 3,
                "per_seconds": 1,
                "backoff_seconds": 120,
                "confidence": "[C2]",
                "source": "TrackingMore v2 docs: get realtime tracking results (3 requests/s per account), help article 60-27, real-time API article (3/s across v2-v4, 429 then 120 s back-off)",
            }
        },
    ),
    "getStatusCounts": OperationFacts(
        operation_id="getStatusCounts",
        resource="account",
        method="status_counts",
        retry_safe=True,
        credits=Credits(amount=0.0, per="call"),
        query_limits={
            "created_at_min": {"minimum": 0},
            "created_at_max": {"minimum": 0},
            "order_created_time_min": {"minimum": 0},
            "order_created_time_max": {"minimum": 0},
        },
        extensions={
            "x-tolerated-body": {
                "methods": ["get"],
                "description": "Tolerated: the filters as a JSON object body on the GET (the official PHP class sends\nthem so). A parameter present in both the query string and the body is taken from the\nquery string.\n",
            }
        },
    ),
    "getTracking": OperationFacts(
        operation_id="getTracking",
        resource="trackings",
        method="get",
        retry_safe=True,
        credits=Credits(amount=0.0, per="call"),
    ),
    "getTrackingInLanguage": OperationFacts(
        operation_id="getTrackingInLanguage",
        resource="trackings",
        method="get",
        retry_safe=True,
        credits=Credits(amount=0.0, per="call"),
    ),
    "getTransitTimes": OperationFacts(
        operation_id="getTransitTimes",
        resource="tools",
        method="transit_times",
        retry_safe=True,
        credits=Credits(amount=0.0, per="call"),
        max_items=40,
        min_items=1,
        item_schema=_schema_getTransitTimes,
    ),
    "getUserInfo": OperationFacts(
        operation_id="getUserInfo",
        resource="account",
        method="get",
        retry_safe=True,
        credits=Credits(amount=0.0, per="call"),
    ),
    "listCarriers": OperationFacts(
        operation_id="listCarriers",
        resource="carriers",
        method="list",
        retry_safe=True,
        credits=Credits(amount=0.0, per="call"),
    ),
    "listTrackings": OperationFacts(
        operation_id="listTrackings",
        resource="trackings",
        method="list",
        retry_safe=True,
        credits=Credits(amount=0.0, per="call"),
        query_limits={
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
        },
        extensions={
            "x-rate-limit": {
                "requests": 1,
                "per_seconds": 1,
                "backoff_seconds": 120,
                "confidence": "[C2]",
                "source": "TrackingMore v2 docs: list all trackings (1 request/s), help article 60-27 (rate limits); back-off: status-code table and real-time API article (429, pause 120 s)",
            },
            "x-tolerated-body": {
                "methods": ["get", "post"],
                "description": "Tolerated: the filters as a JSON object body instead of the query string, on a GET (the\nofficial PHP class) or a POST (TrackingMore's 2020 PHP SDK). A parameter present in both\nthe query string and the body is taken from the query string.\n",
            },
        },
    ),
    "stopUpdatingTrackings": OperationFacts(
        operation_id="stopUpdatingTrackings",
        resource="trackings",
        method="stop_updating",
        retry_safe=False,
        credits=Credits(amount=0.0, per="call"),
        max_items=40,
        min_items=1,
        item_schema=_schema_stopUpdatingTrackings,
    ),
    "trackAirCargo": OperationFacts(
        operation_id="trackAirCargo",
        resource="tools",
        method="air_cargo",
        retry_safe=False,
        credits=Credits(amount=20.0, per="item"),
    ),
    "updateTracking": OperationFacts(
        operation_id="updateTracking",
        resource="trackings",
        method="update",
        retry_safe=True,
        credits=Credits(amount=0.0, per="call"),
    ),
}
