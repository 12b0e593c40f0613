#!/bin/sh
# Install the Debian packages MentorDesk needs, only when some are missing.
#   debian-deps.sh test   libraries for Qt offscreen (tests) and poppler for PDF checks
#   debian-deps.sh gui    the above plus what a real window (xcb) needs
#   debian-deps.sh bundle the test set plus what shrinks the bundle (icupkg, strip, a C compiler)
# On other systems it does nothing: Qt's wheels carry what they need on macOS and Windows,
# and desktop Linux distributions already have these libraries.
set -eu

[ -f /etc/debian_version ] || exit 0
command -v dpkg-query >/dev/null 2>&1 || exit 0

packages="libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 \
libxkbcommon0 fonts-dejavu-core poppler-utils"
if [ "${1:-test}" = "bundle" ]; then
  # g++ and the Python headers build NumPy without OpenBLAS (packaging/buildenv.py); GNOME
  # Keyring and D-Bus (dbus) let the keyring tests talk to a real Secret Service.
  packages="$packages icu-devtools binutils gcc g++ dbus gnome-keyring"
  python3 -c "import sysconfig, os, sys; \
sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()['include'], 'Python.h')))" \
    || packages="$packages python3-dev"
fi
if [ "${1:-test}" = "gui" ]; then
  packages="$packages libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0 libxcb-xinerama0 libxcb-randr0"
fi
python3 -c "import ensurepip, venv" 2>/dev/null || packages="$packages python3-venv"

missing=""
for p in $packages; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in *"install ok installed"*) ;; *) missing="$missing $p" ;; esac
done
[ -z "$missing" ] && exit 0

echo "Installing Debian packages:$missing"
if [ "$(id -u)" = 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "Missing Debian packages:$missing — install them as root (apt-get install$missing)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
