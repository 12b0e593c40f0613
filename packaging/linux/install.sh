#!/bin/sh
# Install MentorDesk from this unpacked folder for the current user (no root, no terminal
# skills needed beyond running this once):   ./install.sh            (or ./install.sh --uninstall)
# It copies the application to ~/.local/opt/mentordesk, puts `mentordesk` on ~/.local/bin, and
# registers the menu entry, the icon, the file type and the AppStream description.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
PREFIX=$HOME/.local/opt/mentordesk
BIN=$HOME/.local/bin
ID=org.mentordesk.MentorDesk

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$DATA/mime" >/dev/null 2>&1 || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$PREFIX"
  rm -f "$BIN/mentordesk" "$DATA/applications/$ID.desktop" "$DATA/mime/packages/$ID.xml" \
        "$DATA/metainfo/$ID.metainfo.xml"
  for png in "$DATA"/icons/hicolor/*/apps/$ID.png; do rm -f "$png"; done
  refresh
  echo "MentorDesk removed. Your data (~/.local/share/MentorDesk) was left in place."
  exit 0
fi

mkdir -p "$PREFIX" "$BIN" "$DATA/applications" "$DATA/mime/packages" "$DATA/metainfo"
rm -rf "$PREFIX.new"
cp -a "$HERE/app" "$PREFIX.new"
rm -rf "$PREFIX"
mv "$PREFIX.new" "$PREFIX"
ln -sf "$PREFIX/mentordesk" "$BIN/mentordesk"
sed "s|^Exec=mentordesk|Exec=$PREFIX/mentordesk|" "$HERE/share/$ID.desktop" > "$DATA/applications/$ID.desktop"
cp "$HERE/share/$ID.xml" "$DATA/mime/packages/$ID.xml"
cp "$HERE/share/$ID.metainfo.xml" "$DATA/metainfo/$ID.metainfo.xml"
for png in "$HERE"/share/icons/mentordesk-*.png; do
  size=$(basename "$png" .png | sed 's/mentordesk-//')
  mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$DATA/icons/hicolor/${size}x${size}/apps/$ID.png"
done
refresh
echo "MentorDesk is installed: find it in your applications menu, or run $BIN/mentordesk"
