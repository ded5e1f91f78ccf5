"""A smaller ICU data library for the Linux bundle: Swedish, English and what Qt itself asks for.

PySide6's Linux wheels carry ICU, and its data library (``libicudata.so.73``) is 31 MB, a quarter
of the whole bundle: every locale's names, currencies, units, time zones and collation, 200
character-set converters, and word-break dictionaries for Chinese, Japanese, Thai, Khmer, Lao and
Burmese.  Qt 6 calls ICU only for character-set conversion (``ucnv_*``), case mapping
(``u_strToUpper/Lower``), collation (``ucol_*``) and time-zone names (``ucal_*``) — see
``nm -D libQt6Core.so.6 | grep _73`` — and the app speaks Swedish and English.

So the bundle gets the same library rebuilt from the same data with only these items:

- every item that is not one locale's (normalisation, case and property tables, the root
  collation, time-zone rules, aliases, the shared string pools, the locale index);
- of the per-locale items, only the root locale and the ``sv`` and ``en`` locales (with all
  their regions and scripts: ``en_GB``, ``en_001``, ``sv_FI`` …), in every tree (names,
  currencies, units, zones, collation, spell-out rules);
- no character-set converters (``*.cnv``: Qt converts UTF-8/16/32 and Latin-1 itself; the app
  reads and writes nothing else), no break iterators (``brkitr/``; Qt never calls ``ubrk_*``)
  and no transliterators (``translit/``; never ``utrans_*``).

ICU looks a missing locale up along its fallback chain and ends at root, so a dropped locale
degrades to root data instead of failing; a dropped converter makes ``ucnv_open`` report
U_FILE_ACCESS_ERROR, which Qt turns into an invalid QStringConverter.

The ICU common-data package format (``CmnD``) is simple enough to rewrite here, so no ICU tools
are needed: a header, a table of contents sorted by name (ICU binary-searches it) with offsets
relative to the table, then the items, each aligned to 16 bytes.  The new package becomes a
shared library with the original's soname and the one symbol ICU links against
(``icudt73_dat``) through an assembler ``.incbin`` — gcc, which PyInstaller's Linux build needs
anyway (binutils), builds it.

    python packaging/icu_trim.py LIBICUDATA OUT_DIR     # prints the sizes before and after
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

#: The languages whose locale data stays (the app's two UI languages).
KEEP_LANGUAGES = ("sv", "en")
#: Folders of per-purpose data that Qt never uses.
DROP_TREES = ("brkitr", "translit")
#: Item names that are one locale's data: a language subtag, then optional script, region and
#: variant subtags ("sv", "en_001", "sr_Latn_BA", "ca_ES_VALENCIA").
LOCALE_ITEM = re.compile(r"^(?P<language>[a-z]{2,3})(_[A-Z][a-z]{3})?(_([A-Z]{2}|[0-9]{3}))?(_[A-Z0-9]{4,8})?\.res$")
ALIGN = 16
#: What ICU's own pkgdata pads with (so an unchanged package is rebuilt byte for byte).
PAD = b"\xaa"


@dataclass(frozen=True)
class Package:
    """An ICU common-data package: its header bytes, data name prefix and (name, bytes) items."""

    header: bytes
    items: tuple[tuple[str, bytes], ...]

    @property
    def size(self) -> int:
        return len(pack(self))


def elf_symbol_bytes(library: Path, symbol: str) -> bytes:
    """The bytes of a data symbol in an ELF64 little-endian shared library."""
    data = library.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError(f"{library}: not a 64-bit little-endian ELF file")
    (section_offset,) = struct.unpack_from("<Q", data, 0x28)
    entry_size, count, _names_index = struct.unpack_from("<HHH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, section_offset + i * entry_size) for i in range(count)]
    # (name, type, flags, addr, offset, size, link, info, addralign, entsize)
    dynsym = next(s for s in sections if s[1] == 11)  # SHT_DYNSYM
    strings = sections[dynsym[6]]
    for index in range(dynsym[5] // dynsym[9]):
        name_offset, _info, _other, _shndx, value, size = struct.unpack_from(
            "<IBBHQQ", data, dynsym[4] + index * dynsym[9]
        )
        start = strings[4] + name_offset
        if data[start : data.index(b"\0", start)].decode() == symbol:
            holder = next(s for s in sections if s[3] <= value < s[3] + s[5] and s[1] != 8)  # not NOBITS
            file_offset = holder[4] + (value - holder[3])
            return data[file_offset : file_offset + size]
    raise ValueError(f"{library}: no symbol {symbol}")


def unpack(data: bytes) -> Package:
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common-data package")
    (count,) = struct.unpack_from("<I", data, header_size)
    entries = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        name_start = header_size + name_offset
        name = data[name_start : data.index(b"\0", name_start)].decode("ascii")
        end = entries[index + 1][1] if index + 1 < count else len(data) - header_size
        items.append((name, data[header_size + data_offset : header_size + end]))
    return Package(data[:header_size], tuple(items))


def pack(package: Package) -> bytes:
    items = sorted(package.items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    first_item = _aligned(toc_size + len(names))
    entries, blobs, offset, name_offset = [], [], first_item, toc_size
    for name, blob in items:
        entries.append(struct.pack("<II", name_offset, offset))
        name_offset += len(name) + 1
        padded = blob + PAD * (_aligned(len(blob)) - len(blob))
        blobs.append(padded)
        offset += len(padded)
    toc = struct.pack("<I", len(items)) + b"".join(entries) + names
    toc += PAD * (first_item - len(toc))
    return package.header + toc + b"".join(blobs)


def _aligned(size: int) -> int:
    return (size + ALIGN - 1) // ALIGN * ALIGN


def keep_item(name: str) -> bool:
    """Whether the item ``icudt73l/<tree>/<file>`` is one the app or Qt can use."""
    parts = name.split("/")[1:]  # drop the "icudt73l" prefix
    tree, leaf = ("/".join(parts[:-1]), parts[-1])
    if tree in DROP_TREES or (not tree and leaf.endswith(".cnv")):
        return False
    match = LOCALE_ITEM.match(leaf)
    if match is None:
        return True  # not one locale's: shared data
    return leaf == "root.res" or match.group("language") in KEEP_LANGUAGES


def trimmed(package: Package) -> Package:
    return Package(package.header, tuple(item for item in package.items if keep_item(item[0])))


def build_library(package_bytes: bytes, symbol: str, soname: str, out_dir: Path) -> Path:
    """A shared library named ``soname`` exporting ``symbol`` = the package, built with gcc."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / soname
    with tempfile.TemporaryDirectory() as work:
        blob = Path(work) / "icudata.dat"
        blob.write_bytes(package_bytes)
        source = Path(work) / "icudata.S"
        source.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            f"\t.balign {ALIGN}\n"
            f"{symbol}:\n"
            f'\t.incbin "{blob}"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(
            ["gcc", "-shared", "-nostdlib", "-s", f"-Wl,-soname,{soname}", "-o", str(target), str(source)],
            check=True,
        )
    return target


def trim_library(library: Path, out_dir: Path) -> Path:
    """``library`` (e.g. ``.../libicudata.so.73``) rebuilt with the trimmed data, in ``out_dir``."""
    match = re.match(r"libicudata\.so\.(\d+)", library.name)
    if match is None:
        raise ValueError(f"{library}: not an ICU data library")
    symbol = f"icudt{match.group(1)}_dat"
    package = unpack(elf_symbol_bytes(library, symbol))
    return build_library(pack(trimmed(package)), symbol, library.name, out_dir)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        sys.stderr.write("usage: python packaging/icu_trim.py LIBICUDATA OUT_DIR\n")
        return 2
    source, out_dir = Path(argv[0]), Path(argv[1])
    target = trim_library(source, out_dir)
    sys.stdout.write(
        f"{source.name}: {source.stat().st_size / 1e6:.1f} MB -> {target.stat().st_size / 1e6:.1f} MB ({target})\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
