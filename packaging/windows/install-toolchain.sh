#!/usr/bin/env bash
# Install the Wine toolchain that build-on-linux.sh and verify-under-wine.sh need (Debian 12,
# as root), and say how much of it could be installed.
#
#   bash packaging/windows/install-toolchain.sh [--portable-only]
#
# --portable-only stops after the "portable" tier (for a build or check of the zip alone).
#
# Two tiers, because the package mirror can fail us for one and not the other:
#   full      wine + wine64 + wine32:i386 and the rest: the portable zip AND the installer
#             (ISCC.exe and the Setup it writes are 32-bit Windows programs: wine32).
#   portable  everything but wine32:i386: the bundle and the portable zip can still be built
#             and run under 64-bit Wine; the installer cannot.
# The outcome is written to build/wine-toolchain.txt: the tier on the first line, and for
# "portable" the reason the installer tier failed on the second.
#
# Exit status: 0 = "full" or "portable" (read the file); 75 (EX_TEMPFAIL) = not even the
# portable tier could be installed, because apt could not (the reason on stderr and in the
# file, tier "none"); 1 = not root and something is missing.  Nothing here fails because of
# the project's own code: a failure is always the machine's or the mirror's.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUTCOME="$REPO/build/wine-toolchain.txt"
LOG="$REPO/build/wine-toolchain-apt.log"
# shellcheck source=../apt-retry.sh
. "$REPO/packaging/apt-retry.sh"
mkdir -p "$REPO/build"
: >"$LOG"

outcome() { # TIER [REASON]
    printf '%s\n' "$1" >"$OUTCOME"
    [ $# -ge 2 ] && printf '%s\n' "$2" >>"$OUTCOME"
    echo "wine toolchain: $1${2:+ ($2)}"
}
# apt_reason: the first error line apt wrote to the log, as one short line.
apt_reason() {
    local line
    line="$(grep -E '^(E|W): ' "$LOG" | grep -v '^W: Target ' | head -1 | cut -c1-300)"
    printf '%s' "${line:-apt-get failed without an error line (see $LOG)}"
}
have_wine32() {
    dpkg -s wine32:i386 >/dev/null 2>&1
}

# --- tier "portable": amd64 packages only --------------------------------------------------
missing=()
command -v wine >/dev/null || missing+=(wine)
command -v wine64 >/dev/null || [ -x /usr/lib/wine/wine64 ] || missing+=(wine64)
command -v x86_64-w64-mingw32-gcc >/dev/null || missing+=(gcc-mingw-w64-x86-64)
command -v npm >/dev/null || missing+=(npm)
command -v unzip >/dev/null || missing+=(unzip)
python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
command -v localedef >/dev/null || missing+=(locales)
# verify-under-wine.sh: a display, window listing, screenshots, reading the PDF back.
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v xwininfo >/dev/null || missing+=(x11-utils)
[ -x /usr/bin/import ] || missing+=(imagemagick)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
    [ "$(id -u)" = 0 ] || { echo "missing packages (run as root or install them): ${missing[*]}" >&2; exit 1; }
    echo "installing: ${missing[*]}"
    # An update that fails only for another architecture's index still refreshed ours: go on
    # and let the install decide.
    apt_retry update -qq >>"$LOG" 2>&1 || true
    if ! apt_retry install -y -qq --no-install-recommends "${missing[@]}" >>"$LOG" 2>&1; then
        outcome none "$(apt_reason)"
        echo "the Wine toolchain could not be installed: $(apt_reason)" >&2
        exit 75
    fi
fi
# The Swedish locale, so that the Windows programs under Wine run as for a Swedish user.
if ! locale -a 2>/dev/null | grep -qi '^sv_SE\.utf-\?8$'; then
    if [ "$(id -u)" = 0 ]; then localedef -i sv_SE -f UTF-8 sv_SE.UTF-8; else echo "warning: no sv_SE.UTF-8 locale" >&2; fi
fi

# --- tier "full": wine32 from the i386 architecture -----------------------------------------
if [ "${1:-}" = --portable-only ] && ! have_wine32; then
    outcome portable "wine32:i386 not asked for (--portable-only)"
    exit 0
fi
if have_wine32; then
    outcome full
    exit 0
fi
[ "$(id -u)" = 0 ] || { outcome portable "wine32:i386 is missing and installing it needs root"; exit 0; }
added_i386=0
if ! dpkg --print-foreign-architectures | grep -qx i386; then
    dpkg --add-architecture i386
    added_i386=1
fi
: >"$LOG"
update_ok=1
apt_retry update -qq >>"$LOG" 2>&1 || update_ok=0
# With the i386 index missing, the install fails the same way every time: one attempt then.
attempts=$APT_ATTEMPTS
[ $update_ok = 0 ] && attempts=1
if APT_ATTEMPTS=$attempts apt_retry install -y -qq --no-install-recommends wine32:i386 >>"$LOG" 2>&1 && have_wine32; then
    outcome full
    exit 0
fi
reason="wine32:i386 cannot be installed: $(apt_reason)"
[ $update_ok = 0 ] && reason="$reason (apt-get update failed too)"
# Leave apt as we found it: an i386 architecture whose index the mirror cannot serve would make
# every later `apt-get update` on this machine fail.
if [ $added_i386 = 1 ] && ! dpkg -l | awk '$1 ~ /^.i/ && $2 ~ /:i386$/ {found=1} END {exit !found}'; then
    dpkg --remove-architecture i386
fi
outcome portable "$reason"
exit 0
