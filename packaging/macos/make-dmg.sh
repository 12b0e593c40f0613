#!/bin/sh
# Build MentorDesk-VERSION.dmg from dist/MentorDesk.app on macOS (see .github/workflows/bundle.yml).
#   packaging/macos/make-dmg.sh 0.1.0 ["Developer ID Application: Your School (TEAMID)"]
# With an identity, the app is signed (hardened runtime) before it is packed; notarize the dmg
# afterwards with `xcrun notarytool submit --wait` and `xcrun stapler staple`.
set -eu
VERSION=$1
IDENTITY=${2:-}
APP=dist/MentorDesk.app
[ -d "$APP" ] || { echo "no $APP: run pyinstaller packaging/mentordesk.spec first" >&2; exit 1; }
if [ -n "$IDENTITY" ]; then
  codesign --deep --force --options runtime --timestamp --sign "$IDENTITY" "$APP"
  codesign --verify --deep --strict "$APP"
fi
STAGE=$(mktemp -d)
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "MentorDesk $VERSION" -srcfolder "$STAGE" -ov -format UDZO \
  "dist/MentorDesk-$VERSION.dmg"
rm -rf "$STAGE"
echo "dist/MentorDesk-$VERSION.dmg"
