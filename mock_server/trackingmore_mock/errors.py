"""Error handlers: every failure, from a handler or from connexion/starlette, becomes the envelope."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from typing import Any

from connexion.exceptions import ProblemException
from connexion.lifecycle import ConnexionResponse
from starlette.exceptions import HTTPException

from . import numbers
from .codes import MockError, error
from .spec import PathTable

logger = logging.getLogger("trackingmore_mock")
_CARRIER_CODE = re.compile(r"^[a-z0-9][a-z0-9-]{0,49}\Z")  # the spec's CarrierCode pattern

# HTTP status of a connexion/starlette problem -> (HTTP status of our answer, meta.code).
# TrackingMore answers its own errors with HTTP 200; routing errors keep their HTTP status.
_PROBLEMS: dict[int, tuple[int, int]] = {
    400: (200, 4012),
    401: (200, 401),
    403: (200, 403),
    404: (404, 404),
    405: (405, 405),
    413: (413, 413),
    415: (200, 4015),  # the real API says 4015 when the body is not JSON
}


def _response(status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> ConnexionResponse:
    return ConnexionResponse(
        status_code=status, mimetype="application/json", body=json.dumps(body).encode(), headers=headers or {}
    )


class ErrorHandlers:
    def __init__(self, paths: PathTable, check_key: Callable[[str], object], key_header: str) -> None:
        self._paths = paths
        self._check_key = check_key
        self._key_header = key_header

    def mock_error(self, _request: Any, exc: Exception) -> ConnexionResponse:
        assert isinstance(exc, MockError)
        return _response(exc.http_status, exc.body(), exc.headers)

    def http_error(self, request: Any, exc: Exception) -> ConnexionResponse:
        status = getattr(exc, "status_code", None) or getattr(exc, "status", None) or 500
        if isinstance(exc, ProblemException) and status >= 500:
            logger.error("connexion problem: %s", exc.detail)
        http_status, code = _PROBLEMS.get(status, (status if status >= 500 else 200, status))
        if status == 404:
            params = self._paths.parameters(request.scope["path"])
            if params is not None:
                # The path has the shape of a spec path but the router refused a parameter (e.g. a
                # newline in it): that is an invalid field, answered like a validation failure --
                # after authentication, as for every routed request.
                key = request.headers.get(self._key_header)
                if not key:
                    return _response(200, error(401))
                try:
                    self._check_key(key)
                except MockError as refused:
                    return self.mock_error(request, refused)
                return _response(200, error(_code_for_path_parameters(params)))
        headers: dict[str, str] = {}
        if status == 405:
            allowed = self._paths.allowed(request.scope["path"]) or frozenset()
            headers["Allow"] = ", ".join(sorted(allowed))
        if http_status >= 500:
            http_status, code = 500, 500
        message = None if code not in (4012, 4015) else _detail(exc)
        return _response(http_status, error(code, message), headers)

    def unexpected(self, _request: Any, exc: Exception) -> ConnexionResponse:
        if isinstance(exc, UnicodeDecodeError):  # a body connexion decoded before our validator
            return _response(200, error(4015, "The request body is not valid UTF-8 JSON."))
        logger.error("unhandled error in the mock (answered 500)", exc_info=exc)
        return _response(500, error(500))

    def register(self, app: Any) -> None:
        app.add_error_handler(MockError, self.mock_error)
        app.add_error_handler(HTTPException, self.http_error)
        app.add_error_handler(ProblemException, self.http_error)
        app.add_error_handler(Exception, self.unexpected)


def _code_for_path_parameters(params: dict[str, str]) -> int:
    if "carrier_code" in params and not _CARRIER_CODE.match(params["carrier_code"]):
        return 4015
    if "tracking_number" in params and not numbers.is_valid_tracking_number(params["tracking_number"]):
        return 4014
    return 4012


def _detail(exc: Exception) -> str | None:
    detail = getattr(exc, "detail", None)
    if not isinstance(detail, str) or not detail:
        return None
    return detail[:200]
