#!/bin/sh
# Install (or remove) Samverkan's desktop entry, .samverkan and .samverkan-grupp file types and icons for the
# current user only: no root, nothing outside ${XDG_DATA_HOME:-~/.local/share}.
#
#   sh install-desktop.sh                 # next to the bundle's ./samverkan, or `samverkan` on PATH
#   sh install-desktop.sh --exec /opt/samverkan/samverkan
#   sh install-desktop.sh --uninstall
#
# It copies files into the XDG folders and refreshes the MIME and desktop databases when
# update-mime-database / update-desktop-database exist (xdg-utils is not needed).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-"$HOME/.local/share"}
exec_path=""
action=install

while [ $# -gt 0 ]; do
    case "$1" in
        --exec) exec_path=$2; shift 2 ;;
        --exec=*) exec_path=${1#--exec=}; shift ;;
        --uninstall) action=uninstall; shift ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) echo "install-desktop.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

# The files to install: next to this script in the bundle, or in the source tree.
find_first() {
    for candidate in "$@"; do
        if [ -e "$candidate" ]; then echo "$candidate"; return 0; fi
    done
    return 1
}
desktop_src=$(find_first "$here/samverkan.desktop" "$here/../linux/samverkan.desktop") || {
    echo "install-desktop.sh: samverkan.desktop not found next to the script" >&2; exit 1; }
mime_src=$(find_first "$here/samverkan-mime.xml" "$here/../linux/samverkan-mime.xml") || {
    echo "install-desktop.sh: samverkan-mime.xml not found next to the script" >&2; exit 1; }
icons_src=$(find_first "$here/_internal/samverkan_gui/resources/icons" "$here/../../resources/icons") || {
    echo "install-desktop.sh: icons folder not found" >&2; exit 1; }

sizes="16 24 32 48 64 128 256"
apps="$data_home/applications"
mime="$data_home/mime"
icons="$data_home/icons/hicolor"

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$mime" >/dev/null 2>&1 || true; fi
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database "$apps" >/dev/null 2>&1 || true; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "$icons" >/dev/null 2>&1 || true; fi
}

if [ "$action" = uninstall ]; then
    rm -f "$apps/samverkan.desktop" "$mime/packages/samverkan.xml"
    for size in $sizes; do
        rm -f "$icons/${size}x${size}/apps/samverkan.png" "$icons/${size}x${size}/mimetypes/application-x-samverkan.png" \
            "$icons/${size}x${size}/mimetypes/application-x-samverkan-group.png"
    done
    rm -f "$icons/scalable/apps/samverkan.svg" "$icons/scalable/mimetypes/application-x-samverkan.svg" \
        "$icons/scalable/mimetypes/application-x-samverkan-group.svg"
    mkdir -p "$mime/packages" "$apps"
    refresh
    echo "Samverkan's desktop entry and file type were removed for $(id -un)."
    exit 0
fi

if [ -z "$exec_path" ]; then
    if [ -x "$here/samverkan" ]; then
        exec_path="$here/samverkan"
    elif command -v samverkan >/dev/null 2>&1; then
        exec_path=$(command -v samverkan)
    else
        echo "install-desktop.sh: no samverkan program found; give it with --exec PATH" >&2
        exit 1
    fi
fi
case "$exec_path" in
    /*) ;;
    *) exec_path="$(cd "$(dirname "$exec_path")" && pwd)/$(basename "$exec_path")" ;;
esac

mkdir -p "$apps" "$mime/packages" "$icons/scalable/apps" "$icons/scalable/mimetypes"
for size in $sizes; do
    mkdir -p "$icons/${size}x${size}/apps" "$icons/${size}x${size}/mimetypes"
    cp "$icons_src/samverkan-$size.png" "$icons/${size}x${size}/apps/samverkan.png"
    cp "$icons_src/samverkan-document-$size.png" "$icons/${size}x${size}/mimetypes/application-x-samverkan.png"
    cp "$icons_src/samverkan-group-$size.png" "$icons/${size}x${size}/mimetypes/application-x-samverkan-group.png"
done
cp "$icons_src/samverkan.svg" "$icons/scalable/apps/samverkan.svg"
cp "$icons_src/samverkan-document.svg" "$icons/scalable/mimetypes/application-x-samverkan.svg"
cp "$icons_src/samverkan-group.svg" "$icons/scalable/mimetypes/application-x-samverkan-group.svg"
cp "$mime_src" "$mime/packages/samverkan.xml"

# The desktop entry points at this installation; quote the path for the Exec key's rules.
quoted=$(printf '%s' "$exec_path" | sed 's/["`$\\]/\\&/g')
sed -e "s|^Exec=.*|Exec=\"$quoted\" %F|" -e "s|^TryExec=.*|TryExec=$exec_path|" \
    "$desktop_src" > "$apps/samverkan.desktop.tmp"
mv "$apps/samverkan.desktop.tmp" "$apps/samverkan.desktop"
refresh
echo "Samverkan is in the applications menu of $(id -un), and .samverkan and .samverkan-grupp files open with $exec_path."
