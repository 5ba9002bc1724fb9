"""One careful HTTP GET for JSON: http(s) only, few redirects, a time limit, a size limit, no traceback."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from http.client import HTTPResponse
from typing import IO, Any
from urllib.parse import urlsplit

TIMEOUT = 10.0  # seconds to connect, and for the whole body to arrive
MAX_BYTES = 50 * 1024 * 1024
MAX_REDIRECTS = 3
CHUNK = 64 * 1024
SCHEMES = ("http", "https")
USER_AGENT = "matchboard (partner board fetch)"


class FetchError(Exception):
    """A partner's file could not be fetched or read; the message says why, in a few words."""


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow at most MAX_REDIRECTS redirects, and only to http(s) addresses."""

    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req: Any, fp: IO[bytes], code: int, msg: str, headers: Any, newurl: str) -> Any:
        if urlsplit(newurl).scheme not in SCHEMES:
            raise FetchError(f"redirected to {newurl!r}, which is not an http(s) address")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_Redirects)


def fetch_bytes(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> bytes:
    """Return the body at `url`, or raise FetchError (down, refused, too slow, too big, not http(s))."""
    if urlsplit(url).scheme not in SCHEMES:
        raise FetchError(f"{url!r} is not an http(s) address")
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "application/json"})  # noqa: S310 - scheme checked above
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"{url} is {int(declared)} bytes; the limit is {max_bytes} bytes")
            return _read(response, url, deadline, max_bytes)
    except urllib.error.HTTPError as err:
        raise FetchError(f"{url} answered {err.code} {err.reason}") from None
    except urllib.error.URLError as err:
        raise FetchError(f"{url} cannot be reached: {err.reason}") from None
    except TimeoutError:
        raise FetchError(f"{url} did not answer within {timeout:g} s") from None
    except (OSError, ValueError) as err:  # a connection dropped halfway, a malformed answer
        raise FetchError(f"{url} cannot be read: {err}") from None


def _read(response: HTTPResponse, url: str, deadline: float, max_bytes: int) -> bytes:
    """Read the body in chunks, stopping as soon as it is too big or too late."""
    parts: list[bytes] = []
    size = 0
    while chunk := response.read1(CHUNK):  # read1: whatever has arrived, so a slow drip meets the deadline
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"{url} is more than {max_bytes} bytes, the limit")
        if time.monotonic() > deadline:
            raise FetchError(f"{url} did not arrive whole within the time limit")
        parts.append(chunk)
    return b"".join(parts)


def parse_json(body: bytes, url: str) -> Any:
    """Return the JSON value of a body, or raise FetchError saying it is not JSON (or nested too deep)."""
    try:
        return json.loads(body.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise FetchError(f"{url} is not UTF-8 text") from None
    except json.JSONDecodeError as err:
        raise FetchError(f"{url} is not valid JSON: {err.msg} at line {err.lineno} column {err.colno}") from None
    except RecursionError:
        raise FetchError(f"{url} is JSON nested too deeply to be a listing export") from None
