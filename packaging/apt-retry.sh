# shellcheck shell=bash
# apt-get with retries, shared by .ci/run and the Wine toolchain installer (sourced, not run).
#
# A Debian mirror in the middle of a sync serves indexes whose size does not match the Release
# file ("File has unexpected size ... Mirror sync in progress?") or drops a connection; a
# second try a little later usually works.  apt retries single downloads itself
# (Acquire::Retries); the loop retries the whole command with a pause between attempts.

APT_ATTEMPTS="${APT_ATTEMPTS:-3}"
APT_PAUSE="${APT_PAUSE:-15}"

# apt_retry ARGS...: apt-get ARGS with up to $APT_ATTEMPTS attempts, $APT_PAUSE s apart (times
# the attempt number).  Returns apt-get's status of the last attempt.
apt_retry() {
    local attempt=1 status=0
    while :; do
        DEBIAN_FRONTEND=noninteractive apt-get -o Acquire::Retries=3 "$@" && return 0
        status=$?
        [ "$attempt" -ge "$APT_ATTEMPTS" ] && return "$status"
        echo "apt-get $1 failed (exit $status, attempt $attempt of $APT_ATTEMPTS); trying again in $((APT_PAUSE * attempt)) s" >&2
        sleep $((APT_PAUSE * attempt))
        attempt=$((attempt + 1))
    done
}
