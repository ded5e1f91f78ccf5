#!/usr/bin/env bash
# CI's Windows step: build the installer and the portable zip under Wine and verify them, as far
# as the machine's package mirror lets us install Wine.
#
#   bash .ci/windows.sh
#
# Outcomes:
#   - the whole toolchain installs: build and verify both; any failure fails (exit non-zero);
#   - wine32:i386 cannot be installed (the mirror's i386 index is broken): the portable zip is
#     still built and verified under 64-bit Wine (failures fail); the installer is not;
#   - not even 64-bit Wine installs: nothing is built.
# In the last two cases the script prints one line starting "WINDOWS BUILD NOT VERIFIED:" with
# the reason, writes it to build/windows-not-verified.txt, and exits 0, so that the Linux tests
# still run and a broken mirror alone cannot fail CI.  SAMVERKAN_REQUIRE_WINDOWS=1 makes a
# missing toolchain fatal (exit 1) as well.
set -euo pipefail
cd "$(dirname "$0")/.."

NOTE=build/windows-not-verified.txt
mkdir -p build
rm -f "$NOTE"

status=0
bash packaging/windows/install-toolchain.sh || status=$?
case "$status" in
    0) tier="$(head -1 build/wine-toolchain.txt)" ;;
    75) tier=none ;;
    *) echo "the Wine toolchain installer failed (exit $status)" >&2; exit "$status" ;;
esac
reason="$(sed -n 2p build/wine-toolchain.txt)"

missing=""
case "$tier" in
    full)
        bash packaging/windows/build-on-linux.sh
        bash packaging/windows/verify-under-wine.sh dist/Samverkan-*-setup.exe dist/samverkan-*-windows-amd64-portable.zip
        ;;
    portable)
        bash packaging/windows/build-on-linux.sh --portable-only
        bash packaging/windows/verify-under-wine.sh dist/samverkan-*-windows-amd64-portable.zip
        missing="the installer was not built or verified: $reason; the portable zip was built and verified under 64-bit Wine"
        ;;
    *)
        missing="the Wine toolchain could not be installed: $reason"
        ;;
esac

if [ -n "$missing" ]; then
    echo "WINDOWS BUILD NOT VERIFIED: $missing" | tee "$NOTE"
    if [ "${SAMVERKAN_REQUIRE_WINDOWS:-0}" = 1 ]; then
        echo "SAMVERKAN_REQUIRE_WINDOWS=1: a Windows build that cannot be verified fails CI" >&2
        exit 1
    fi
fi
exit 0
