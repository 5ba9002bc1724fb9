"""One careful HTTP GET for JSON: http(s) only, few redirects, a time limit, a size limit, no traceback."""

from __future__ import annotations

import http.client
import json
import threading
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
DEFAULT_PORTS = {"http": 80, "https": 443}
GRACE = 1.0  # seconds a request may overrun its own time limit before it is left behind
USER_AGENT = "matchboard (partner board fetch)"


class FetchError(Exception):
    """A partner's file could not be fetched or read; the message says why, in a few words.

    It may quote what the partner sent: network/partners.py escapes it before it is printed.
    """


class Unusable(FetchError):
    """The partner's server answered, with something this board cannot use (an error page, HTML, too big)."""


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow at most MAX_REDIRECTS redirects, only to http(s) addresses on the same site.

    A partner's manifest may not point its exports to another site (network/partners.py); a redirect to
    another host or port would do just that, so it is refused too. http to https on the same host is followed.
    """

    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req: Any, fp: IO[bytes], code: int, msg: str, headers: Any, newurl: str) -> Any:
        if urlsplit(newurl).scheme not in SCHEMES:
            raise Unusable(f"redirected to {newurl!r}, which is not an http(s) address")
        if not _same_site(req.full_url, newurl):
            raise Unusable(f"{req.full_url} is redirected to {newurl}, another site; name the partner by the address "
                           "it moved to")  # fmt: skip
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _same_site(old: str, new: str) -> bool:
    """Return whether `new` is on the host and port of `old` (or on https's own port, from http's)."""
    a, b = urlsplit(old), urlsplit(new)
    try:
        ports = (a.port or DEFAULT_PORTS[a.scheme], b.port or DEFAULT_PORTS[b.scheme])
    except ValueError:  # a port that is not a number
        return False
    upgrade = a.scheme == "http" and b.scheme == "https" and ports == (80, 443)
    return a.hostname == b.hostname and (ports[0] == ports[1] or upgrade)


_OPENER = urllib.request.build_opener(_Redirects)


def fetch_bytes(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> bytes:
    """Return the body at `url`, or raise FetchError (down, refused, too slow, too big, not http(s)).

    The time limit holds for the whole request: each socket read has its own timeout, so a server dripping
    its headers a byte at a time would otherwise hold the build for hours. The request runs in a daemon
    thread that is left behind, and dies with the process, when the time is up.
    """
    if urlsplit(url).scheme not in SCHEMES:
        raise FetchError(f"{url!r} is not an http(s) address")
    outcome: list[bytes | BaseException] = []

    def fetch() -> None:
        try:
            outcome.append(_fetch(url, timeout, max_bytes))
        except FetchError as err:  # handed to the caller's thread without the frames, which hold the socket
            err.__context__ = None
            outcome.append(err.with_traceback(None))
        except BaseException as err:  # a bug: raised in the caller's thread with its traceback
            outcome.append(err)

    worker = threading.Thread(target=fetch, name=f"fetch {url}", daemon=True)
    worker.start()
    worker.join(timeout + GRACE)
    if not outcome:
        raise FetchError(f"{url} did not arrive whole within {timeout:g} s")
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def _fetch(url: str, timeout: float, max_bytes: int) -> bytes:
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "application/json"})  # noqa: S310 - scheme checked by the caller
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise Unusable(f"{url} is {int(declared)} bytes; the limit is {max_bytes} bytes")
            return _read(response, url, deadline, max_bytes)
    except urllib.error.HTTPError as err:
        if str(err.reason).startswith(_Redirects.inf_msg):  # urllib's own words for this take three lines
            raise FetchError(f"{url} redirects more than {MAX_REDIRECTS} times, or in a loop") from None
        raise Unusable(f"{url} answered {err.code} {err.reason}") from None
    except urllib.error.URLError as err:
        raise FetchError(f"{url} cannot be reached: {err.reason}") from None
    except TimeoutError:
        raise FetchError(f"{url} did not answer within {timeout:g} s") from None
    except (OSError, ValueError, http.client.HTTPException) as err:  # dropped halfway, a malformed answer
        raise FetchError(f"{url} cannot be read: {type(err).__name__} {err}") from None


def _read(response: HTTPResponse, url: str, deadline: float, max_bytes: int) -> bytes:
    """Read the body in chunks, stopping as soon as it is too big or too late."""
    parts: list[bytes] = []
    size = 0
    while chunk := response.read1(CHUNK):  # read1: whatever has arrived, so a slow drip meets the deadline
        size += len(chunk)
        if size > max_bytes:
            raise Unusable(f"{url} is more than {max_bytes} bytes, the limit")
        if time.monotonic() > deadline:
            raise FetchError(f"{url} did not arrive whole within the time limit")
        parts.append(chunk)
    return b"".join(parts)


def parse_json(body: bytes, url: str) -> Any:
    """Return the JSON value of a body, or raise Unusable saying it is not JSON (or nested too deep)."""
    try:
        return json.loads(body.decode("utf-8-sig"), parse_constant=_no_constant)
    except UnicodeDecodeError:
        raise Unusable(f"{url} is not UTF-8 text") from None
    except json.JSONDecodeError as err:
        raise Unusable(f"{url} is not valid JSON: {err.msg} at line {err.lineno} column {err.colno}") from None
    except ValueError as err:  # a number of thousands of digits, NaN or Infinity: not what an export holds
        raise Unusable(f"{url} is not an export this board reads: {str(err)[:200]}") from None
    except RecursionError:
        raise Unusable(f"{url} is JSON nested too deeply to be a listing export") from None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")
