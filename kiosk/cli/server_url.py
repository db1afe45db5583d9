"""The central server's address as typed on the command line: checked before any network call."""

from __future__ import annotations

import argparse
from urllib.parse import urlsplit

from kiosk.domain.messages import define, msg

E_BAD_URL = define(
    "server_url.scheme",
    "The server address must start with http:// or https:// and name a host, e.g. http://10.0.0.5:8470 "
    "(got: {url}).",
    "中心服务器地址要以 http:// 或 https:// 开头并写明主机，例如 http://10.0.0.5:8470（现在是：{url}）。",
)


def is_server_url(url: str) -> bool:
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def server_url(text: str) -> str:
    """An argparse type: the URL without a trailing slash, or a usage error saying what is wrong."""
    if not is_server_url(text):
        raise argparse.ArgumentTypeError(str(msg(E_BAD_URL, url=text)))
    return text.strip().rstrip("/")
