#!/bin/sh
# Installs a built Linux bundle for every user of the machine (run as root):
#
#   sudo packaging/linux/install.sh [BUNDLE_DIR] [PREFIX]
#
# BUNDLE_DIR defaults to dist/kopingplan (packaging/build_bundle.py's output), PREFIX to
# /opt/kopingplan. It copies the bundle to PREFIX (replacing an earlier one whole, so no library
# of an older version is left), links PREFIX/kopingplan as /usr/local/bin/kopingplan, installs
# the menu entry and the icon, and runs the installed program's self-test. The coordinator's
# vault (~/.local/share/Kopingplan) is never touched; uninstall with
#   sudo rm -rf /opt/kopingplan /usr/local/bin/kopingplan \
#     /usr/local/share/applications/kopingplan.desktop \
#     /usr/local/share/icons/hicolor/scalable/apps/kopingplan.svg
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bundle=${1:-$root/dist/kopingplan}
prefix=${2:-/opt/kopingplan}

if [ ! -x "$bundle/kopingplan" ]; then
    echo "install.sh: no bundle at $bundle (run python3 packaging/build_bundle.py)" >&2
    exit 2
fi
rm -rf "$prefix.new"
cp -a "$bundle" "$prefix.new"
chmod -R u=rwX,go=rX "$prefix.new"
rm -rf "$prefix"
mv "$prefix.new" "$prefix"
ln -sf "$prefix/kopingplan" /usr/local/bin/kopingplan
install -D -m 0644 "$here/kopingplan.desktop" /usr/local/share/applications/kopingplan.desktop
install -D -m 0644 "$root/resources/icons/kopingplan.svg" \
    /usr/local/share/icons/hicolor/scalable/apps/kopingplan.svg
command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/local/share/applications || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t /usr/local/share/icons/hicolor || true

# The self-test as a user would run it, with a throw-away home folder.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
if env -i HOME="$home" TMPDIR="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$prefix/kopingplan" --self-test; then
    echo "install.sh: installed in $prefix; start Köpingplan from the menu or with 'kopingplan'"
else
    echo "install.sh: installed in $prefix, but its self-test FAILED: do not use it" >&2
    exit 1
fi
