#!/bin/bash
# package_test.sh BUILD_DIR SHARED_DIR OUT_DIR — the .deb as a new user gets it: built with CPack, checked by
# lintian (no error), installed with apt into a brand-new minimal Debian 12 (debootstrap), then `--version`, a
# headless import + check + PDF export of the seed report, the window under Xvfb long enough to paint (its
# screenshot written to OUT_DIR/package-window.png), and a purge that must leave nothing of the package behind.
# Exits 77 (ctest: skipped) where this machine cannot make a chroot: not root, or no debootstrap.
set -euo pipefail
build=$(cd "$1" && pwd)
shared=$(cd "$2" && pwd)
out=$3
mkdir -p "$out"

if [ "$(id -u)" != 0 ] || ! command -v debootstrap >/dev/null; then
  echo "SKIP: making a Debian chroot needs root and debootstrap (packaging/install-deps.sh --tests installs it)"
  exit 77
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/package-test.XXXXXX")
root=$work/root
cleanup() {
  pkill -f "Xvfb :77" 2>/dev/null || true
  for m in dev/pts dev proc sys; do umount "$root/$m" 2>/dev/null || true; done
  # Never delete through a mount that is still there (the host's /dev).
  if grep -q " $root/" /proc/mounts; then
    echo "left $work in place: something is still mounted in it"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

echo "== [${SECONDS} s] the package"
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" >/dev/null)
deb=$(ls "$work"/disclosure-report_*.deb)
echo "$(basename "$deb"): $(du -h "$deb" | cut -f1)"

echo "== [${SECONDS} s] lintian"
lintian --tag-display-limit 0 "$deb" 2>&1 | grep -v 'running with root privileges' | tee "$work/lintian.txt" || true
if grep -q '^E:' "$work/lintian.txt"; then
  echo "FAIL: lintian reports errors"
  exit 1
fi

echo "== [${SECONDS} s] a brand-new Debian 12"
# The mirror this machine uses (deb822 sources, or the one-line list a debootstrapped root has).
mirror=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '/^URIs:/{print $2; exit}' || true)
[ -n "$mirror" ] || mirror=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
[ -n "$mirror" ] || mirror=http://deb.debian.org/debian
mkdir -p "$root"
# Packages come from this machine's apt cache where it has them (apt checks each against the archive's hashes): a
# new machine has just fetched most of them for the build. debootstrap keeps what it fetches there for the next run.
debootstrap --variant=minbase --cache-dir=/var/cache/apt/archives bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
  || { tail -20 "$work/debootstrap.log"; echo "FAIL: debootstrap"; exit 1; }
cp /etc/resolv.conf "$root/etc/" 2>/dev/null || true
# Hard links, not a mount: deleting the root deletes only the links. (Another file system: no cache, apt fetches.)
cp -al /var/cache/apt/archives/*.deb "$root/var/cache/apt/archives/" 2>/dev/null || true
# A root thrown away after the test: dpkg need not sync every file it unpacks.
echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/unsafe-io"
for m in proc sys dev dev/pts; do mount --bind "/$m" "$root/$m"; done
in_root() { chroot "$root" env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 bash -c "$1"; }
cp "$deb" "$root/tmp/"
cp "$shared/fixtures/changji-kejiju-2021.txt" "$root/tmp/"

echo "== [${SECONDS} s] apt-get install ./$(basename "$deb")"
in_root "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/$(basename "$deb") >/tmp/apt.log 2>&1" \
  || { tail -20 "$root/tmp/apt.log"; echo "FAIL: the package does not install"; exit 1; }
# The package's files (not the directories it shares with others), to look for after the purge.
in_root 'dpkg -L disclosure-report | while read -r p; do if [ -f "$p" ] || [ -L "$p" ]; then echo "$p"; fi; done' >"$work/files.txt"
echo "$(wc -l <"$work/files.txt") files installed"

echo "== [${SECONDS} s] the program, as a clerk who has just installed it"
in_root "useradd -m clerk"
as_clerk() { chroot "$root" env -i HOME=/home/clerk PATH=/usr/bin:/bin LANG=C.UTF-8 setpriv --reuid=clerk --regid=clerk --init-groups bash -c "$1"; }
as_clerk "disclosure-report --version" | tee "$work/version.txt"
grep -q '^disclosure-report ' "$work/version.txt" || { echo "FAIL: --version"; exit 1; }
as_clerk "cd /tmp && disclosure-report import changji-kejiju-2021.txt"
as_clerk "disclosure-report check --agency 昌吉州科学技术局 --year 2021" || { echo "FAIL: check"; exit 1; }
as_clerk "disclosure-report export --agency 昌吉州科学技术局 --year 2021 --to /home/clerk/report.pdf"
head -c 5 "$root/home/clerk/report.pdf" | grep -q '%PDF-' || { echo "FAIL: no PDF written"; exit 1; }
echo "PDF: $(stat -c %s "$root/home/clerk/report.pdf") bytes"

echo "== [${SECONDS} s] the window under Xvfb"
in_root "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends xvfb >/dev/null 2>&1"
mkdir -p "$root/tmp/fb" && chmod 777 "$root/tmp/fb"
chroot "$root" Xvfb :77 -screen 0 1366x768x24 -fbdir /tmp/fb -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 2
as_clerk "DISPLAY=:77 timeout 8 disclosure-report; true" >"$work/window.log" 2>&1 &
window=$!
sleep 7
cp "$root/tmp/fb/Xvfb_screen0" "$work/screen.xwd"
wait "$window" || true
kill "$xvfb" 2>/dev/null || true
wait "$xvfb" 2>/dev/null || true
python3 "$(dirname "$0")/xwd_to_png.py" "$work/screen.xwd" "$out/package-window.png"

echo "== [${SECONDS} s] apt-get purge"
in_root "DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq disclosure-report >/dev/null 2>&1"
if in_root "dpkg -s disclosure-report >/dev/null 2>&1"; then
  echo "FAIL: still installed after purge"
  exit 1
fi
left=0
while read -r path; do
  if [ -e "$root$path" ] || [ -L "$root$path" ]; then
    echo "left behind: $path"
    left=1
  fi
done <"$work/files.txt"
for own in /usr/bin/disclosure-report /usr/share/disclosure-report /usr/share/doc/disclosure-report \
           /usr/share/applications/disclosure-report.desktop /usr/share/man/man1/disclosure-report.1.gz; do
  if [ -e "$root$own" ]; then
    echo "left behind: $own"
    left=1
  fi
done
[ "$left" = 0 ] || { echo "FAIL: the purge left files behind"; exit 1; }
echo "purged: none of the $(wc -l <"$work/files.txt") files of the package left"
echo "OK (${SECONDS} s)"
