#!/bin/sh
# Installs what Disclosure Report needs on Debian 12 (bookworm): the build tools and Qt 6.4 from Debian,
# the SQLite and PostgreSQL drivers (only Recommends of libqt6sql6, so named here), fonts for the Chinese UI, and the Fandol
# faces (texlive-lang-chinese) that the build cleans and simplifies with fontTools and NumPy for the printed page.
# With --tests also what the test suite reads its output back with, and the converters (w3m, lynx, html2text,
# pandoc) whose text the importer is tested on, debootstrap and lintian for the package's own test, and qpdf, which
# checks every PDF the tests write, and PostgreSQL, whose throwaway server the store's tests start (tests/pg_server.sh).
# Run as root, or as a user with sudo.
set -eu
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

packages="cmake ninja-build g++ ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev qt6-svg-dev libgl-dev libzip-dev
  fonts-noto-cjk texlive-lang-chinese python3-fonttools python3-numpy"
if [ "${1:-}" = "--tests" ]; then
  packages="$packages python3-scipy poppler-utils xvfb xauth libreoffice-writer-nogui clang libclang-rt-14-dev
    w3m lynx html2text pandoc debootstrap lintian qpdf postgresql"
fi

# Skip apt entirely when everything is already there (a second run is instant and needs no network).
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "installing:$missing" >&2
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
