"""The one clean line a failed fetch gives, whatever went wrong: a deadline passed, a
read timed out, a server that closed early or did not speak HTTP, a bad address."""

from __future__ import annotations

import http.client

from reader.ingest.http_watchdog import Watchdog
from reader.ingest.source import InputError
from reader.model.clean import one_line


def failure(error: Exception, watchdog: Watchdog, timeout: float) -> InputError:
    if watchdog.expired:
        return InputError(f"no complete answer in {watchdog.seconds:g} seconds (timed out)")
    if isinstance(error, http.client.InvalidURL | UnicodeError):
        return InputError(f"not a valid URL: {one_line(error)[:80]}")
    if isinstance(error, TimeoutError):
        return InputError(f"no answer in {timeout:g} seconds (timed out)")
    if isinstance(error, http.client.IncompleteRead):
        return InputError("the page came cut off (the connection closed before its end)")
    if isinstance(error, http.client.RemoteDisconnected):
        return InputError("the server closed the connection without answering")
    if isinstance(error, http.client.HTTPException):
        why = one_line(error)[:80] or type(error).__name__
        return InputError(f"not a proper HTTP answer from the server: {why}")
    if isinstance(error, OSError):
        return InputError(f"cannot fetch the page: {one_line(error.strerror or error)[:120]}")
    return InputError(f"not a valid URL: {one_line(error)[:80]}")
