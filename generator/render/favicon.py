"""The site's `/favicon.ico`: Material's favicon, as an ICO at the root, where browsers ask for it."""

from __future__ import annotations

import struct
from importlib import resources

FAVICON = "favicon.ico"  # at the site's root: embeds link it, and pages without a link get it anyway


def theme_favicon() -> bytes:
    """Return the PNG favicon mkdocs-material puts on every page (assets/images/favicon.png)."""
    return (resources.files("material") / "templates" / "assets" / "images" / "favicon.png").read_bytes()


def favicon_ico(png: bytes) -> bytes:
    """Return an ICO file holding one PNG image (the ICO format has allowed PNG images since Windows Vista)."""
    width, height = struct.unpack(">II", png[16:24])  # the PNG's IHDR chunk
    header = struct.pack("<HHH", 0, 1, 1)  # reserved, type 1 (icon), one image
    # width and height (0 means 256), no palette, reserved, 1 plane, 32 bits, size, offset of the image
    entry = struct.pack("<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(png), 6 + 16)
    return header + entry + png
