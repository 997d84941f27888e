"""Fetching pages and feeds over HTTP(S), carefully.

Only http and https; a size limit read as a stream; timeouts; an honest User-Agent; and, unless
``allow_private``, no request (nor redirect) to a loopback, private, link-local or reserved
address, so a feed cannot make tacitus probe the machine's own network.
"""
from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from .. import __version__
from ..errors import FetchError

USER_AGENT = f"tacitus/{__version__} (news event coder; reads public pages and feeds)"
MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content_type: str
    body: bytes


def _public(host: str) -> bool:
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror:
        raise FetchError(f"{host}: cannot resolve the host name") from None
    for info in infos:
        addr = ipaddress.ip_address(info[4][0].split("%")[0])
        if not addr.is_global or addr.is_multicast:
            return False
    return True


def check_url(url: str, allow_private: bool = False) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http and https URLs are fetched")
    if not parts.hostname:
        raise FetchError(f"{url}: no host")
    if not allow_private and not _public(parts.hostname):
        raise FetchError(f"{url}: refers to a private or loopback address (use --allow-private to allow)")


class Fetcher:
    def __init__(self, *, allow_private: bool = False, timeout: float = 20.0, max_bytes: int = MAX_BYTES,
                 transport: httpx.BaseTransport | None = None):
        self.allow_private, self.max_bytes = allow_private, max_bytes
        self.client = httpx.Client(
            headers={"User-Agent": USER_AGENT}, timeout=httpx.Timeout(timeout, connect=10.0),
            follow_redirects=True, max_redirects=5, transport=transport,
            event_hooks={"request": [lambda req: check_url(str(req.url), self.allow_private)]})

    def get(self, url: str) -> Fetched:
        """The body of ``url``; every request, redirects included, passes ``check_url`` first."""
        try:
            with self.client.stream("GET", url) as resp:
                if resp.status_code >= 400:
                    raise FetchError(f"{url}: HTTP {resp.status_code}")
                declared = resp.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(f"{url}: larger than the limit of {self.max_bytes:,} bytes")
                body = bytearray()
                for chunk in resp.iter_bytes():
                    body += chunk
                    if len(body) > self.max_bytes:
                        raise FetchError(f"{url}: larger than the limit of {self.max_bytes:,} bytes")
                return Fetched(str(resp.url), resp.headers.get("content-type", ""), bytes(body))
        except httpx.HTTPError as exc:
            raise FetchError(f"{url}: {type(exc).__name__}: {exc}") from None

    def close(self) -> None:
        self.client.close()
