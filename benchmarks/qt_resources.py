"""Read one file out of a compiled Qt resource bundle (``.rcc``), as Debian's gcompris-qt-data ships its photos.

The format (Qt's rcc, versions 1-3): a ``qres`` magic, then four big-endian u32 (version, tree offset,
data offset, names offset). Tree nodes are 14 bytes (v1) or 22 (v2+): name offset u32, flags u16, then
for a directory the child count u32 and first child index u32, for a file country/language u16+u16 and
the data offset u32. A name is u16 length, u32 hash, then UTF-16-BE; data is u32 length then the bytes,
zlib-compressed behind a 4-byte size when flag 1 is set.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path


def read_member(bundle: Path, member: str) -> bytes:
    """The bytes of ``member`` ("/gcompris/src/.../crab.webp") in ``bundle``; KeyError if absent."""
    blob = Path(bundle).read_bytes()
    if blob[:4] != b"qres":
        raise ValueError(f"{bundle} is not a Qt resource bundle")
    version, tree, data, names = struct.unpack(">IIII", blob[4:20])
    size = 14 if version == 1 else 22

    def name(offset: int) -> str:
        at = names + offset
        (length,) = struct.unpack(">H", blob[at: at + 2])
        return blob[at + 6: at + 6 + 2 * length].decode("utf-16-be")

    node = 0
    for part in [p for p in member.split("/") if p]:
        at = tree + node * size
        flags = struct.unpack(">H", blob[at + 4: at + 6])[0]
        if not flags & 2:
            raise KeyError(member)
        count, first = struct.unpack(">II", blob[at + 6: at + 14])
        node = next((c for c in range(first, first + count)
                     if name(struct.unpack(">I", blob[tree + c * size: tree + c * size + 4])[0]) == part), -1)
        if node < 0:
            raise KeyError(member)
    at = tree + node * size
    flags = struct.unpack(">H", blob[at + 4: at + 6])[0]
    if flags & 2:
        raise KeyError(f"{member} is a folder")
    (offset,) = struct.unpack(">I", blob[at + 10: at + 14])
    (length,) = struct.unpack(">I", blob[data + offset: data + offset + 4])
    raw = blob[data + offset + 4: data + offset + 4 + length]
    if flags & 1:
        return zlib.decompress(raw[4:])
    if flags & 4:
        raise ValueError(f"{member} is zstd-compressed; not supported")
    return raw
