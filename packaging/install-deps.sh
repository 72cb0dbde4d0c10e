#!/bin/sh
# Installs what Disclosure Report needs on Debian 12 (bookworm): the build tools and Qt 6.4 from Debian,
# the SQLite and PostgreSQL drivers (only Recommends of libqt6sql6, so named here), fonts for the Chinese UI, and the Fandol
# faces that the build cleans and refits with fontTools for the printed page.
# With --tests also what the test suite reads its output back with, and the converters (w3m, lynx, html2text,
# pandoc, LibreOffice, and wkhtmltopdf for a browser engine's print of a page) whose output the importer is tested on, debootstrap and lintian for the package's own test, qpdf,
# which checks every PDF the tests write, PostgreSQL, whose throwaway server the store's tests start (tests/pg_server.sh),
# and clang for the fuzz targets.
# Run as root, or as a user with sudo.
set -eu
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

packages="cmake ninja-build g++ ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev qt6-svg-dev libgl-dev libzip-dev
  libtesseract-dev tesseract-ocr-chi-sim tesseract-ocr-eng libpoppler-qt6-dev poppler-utils
  fonts-noto-cjk python3-fonttools python3-numpy"
if [ "${1:-}" = "--tests" ]; then
  packages="$packages python3-scipy xvfb xauth libreoffice-writer-nogui clang libclang-rt-14-dev
    w3m lynx html2text pandoc wkhtmltopdf debootstrap lintian qpdf postgresql cups-daemon cups-client"
fi

# Fandol comes in Debian's texlive-lang-chinese. Installing that package sets up TeX (format building and font maps)
# for the five font files that only the build reads, so unless it is installed already, its .deb is
# fetched (apt checks it against the signed archive) and only the faces and their licence are unpacked, into
# /usr/local/share/fandol, where the build looks next (resources/fonts/CMakeLists.txt, DR_FANDOL_DIR).
texlive_fandol=/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol
fandol=/usr/local/share/fandol
need_fandol=""
[ -f "$texlive_fandol/FandolFang-Regular.otf" ] || [ -f "$fandol/FandolFang-Regular.otf" ] || need_fandol=1

# Skip apt entirely when everything is already there (a second run is instant and needs no network).
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing$need_fandol" ] || $SUDO apt-get update -qq
if [ -n "$missing" ]; then
  echo "installing:$missing" >&2
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
if [ -n "$need_fandol" ]; then
  echo "unpacking the Fandol faces of texlive-lang-chinese into $fandol" >&2
  work=$(mktemp -d)
  sandbox=""
  [ "$(id -u)" != 0 ] || sandbox="-o APT::Sandbox::User=root" # root's private folder is not the _apt user's to write
  # shellcheck disable=SC2086
  (cd "$work" && apt-get download -qq $sandbox texlive-lang-chinese)
  dpkg-deb --fsys-tarfile "$work"/texlive-lang-chinese_*.deb \
    | tar -x -C "$work" --wildcards "./${texlive_fandol#/}/*.otf" ./usr/share/doc/texlive-lang-chinese/copyright
  $SUDO mkdir -p "$fandol"
  $SUDO cp "$work$texlive_fandol"/*.otf "$work"/usr/share/doc/texlive-lang-chinese/copyright "$fandol"/
  rm -rf "$work"
  [ -f "$fandol/FandolFang-Regular.otf" ] || { echo "the Fandol faces were not found in texlive-lang-chinese" >&2; exit 1; }
fi
