#!/bin/sh
# Turn the PyInstaller folder into the Linux download: mentordesk-VERSION-linux-ARCH.tar.gz
# holding app/ (the bundle), share/ (desktop entry, icons, MIME type, AppStream) and install.sh.
#   packaging/linux/make-tarball.sh dist/mentordesk-VERSION
set -eu
BUNDLE=$1
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
NAME=$(basename "$BUNDLE")-linux-$(uname -m)
STAGE=$(dirname "$BUNDLE")/$NAME
rm -rf "$STAGE"
mkdir -p "$STAGE/share/icons"
cp -a "$BUNDLE" "$STAGE/app"
cp "$ROOT"/packaging/linux/org.mentordesk.MentorDesk.* "$STAGE/share/"
cp "$ROOT"/packaging/icons/mentordesk-*.png "$STAGE/share/icons/"
cp "$ROOT/packaging/linux/install.sh" "$STAGE/install.sh"
tar -C "$(dirname "$STAGE")" -czf "$STAGE.tar.gz" "$NAME"
echo "$STAGE.tar.gz"
