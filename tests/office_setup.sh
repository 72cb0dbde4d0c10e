#!/bin/bash
# office_setup.sh README EXE SHARED WORK — the README's set-up of an office, from a fresh server to the first clerk's
# report, run as written: the four blocks marked <!-- office-setup:… --> are taken from the README itself, with the
# example server's name (db.example.gov.cn) replaced by a fresh PostgreSQL server started here — initdb and pg_ctl as
# an unprivileged user, listening on 127.0.0.1 with password (SCRAM) authentication, the superuser "postgres" trusted
# only on a socket in WORK — and `disclosure-report` on PATH. Passwords come as an office's would: the office
# administrator's from ~/.pgpass, each new account's typed twice on a terminal (`script` gives the commands one).
# Then what the set-up promises is checked: the clerk's report submitted, the accounts listed, a stranger refused.
set -euo pipefail
readme=$1 exe=$2 shared=$3 work=$4
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "office_setup.sh: PostgreSQL is not installed (packaging/install-deps.sh --tests)" >&2; exit 1; }
command -v script >/dev/null || { echo "office_setup.sh: script (util-linux) is not installed" >&2; exit 1; }

owner=$(id -un)
if [ "$(id -u)" = 0 ]; then
  owner=postgres
  id postgres >/dev/null 2>&1 || owner=nobody
fi
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u "$owner" -- "$@"; else "$@"; fi; }
stop() { [ -f "$work/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$work/data" -m immediate -w stop >/dev/null 2>&1 || true; }
trap stop EXIT

rm -rf "$work"
mkdir -p "$work/socket" "$work/home" "$work/path" "$work/office"
[ "$(id -u)" = 0 ] && chown -R "$owner" "$work/socket" && chown "$owner" "$work"
chmod 700 "$work/socket"
port=$((20000 + RANDOM % 20000))
as_owner "$bin/initdb" -D "$work/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --no-locale >"$work/initdb.log" 2>&1 ||
  { cat "$work/initdb.log" >&2; exit 1; }
as_owner "$bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $work/socket -c fsync=off" start >/dev/null ||
  { cat "$work/server.log" >&2; exit 1; }

# The README's blocks, by their markers.
block() {
  awk -v name="<!-- office-setup:$1 -->" '
    $0 == name { marked = 1; next }
    marked && /^```/ { if (inside) exit; inside = 1; next }
    inside { print }' "$readme"
}
for name in server tree administrator clerk; do
  [ -n "$(block "$name")" ] || { echo "office_setup.sh: the README has no block <!-- office-setup:$name -->" >&2; exit 1; }
done
ln -sf "$exe" "$work/path/disclosure-report"
export HOME=$work/home PATH=$work/path:$PATH LANG=zh_CN.UTF-8 XDG_RUNTIME_DIR=$work/home
host="127.0.0.1:$port"

# 1. The server's administrator (on the server: sudo -u postgres; here the superuser on the trusted socket).
block server | sed 's/^sudo -u postgres //' >"$work/server.sh"
PGHOST=$work/socket PGPORT=$port PGUSER=postgres bash -eu "$work/server.sh"

# 2. The office's administrator, from a desktop: its password in ~/.pgpass, each new account's typed twice.
cd "$work/office"
block tree >tree.csv
printf '127.0.0.1:%s:reports:office_admin:change-me-now\n' "$port" >"$HOME/.pgpass"
chmod 600 "$HOME/.pgpass"
block administrator | sed "s/db\.example\.gov\.cn/$host/g" >"$work/administrator.sh"
printf 'zhangsan-pass-2026\nzhangsan-pass-2026\nchangji-pass-2026\nchangji-pass-2026\n' |
  script -qec "bash -eu $work/administrator.sh" "$work/administrator.log" >/dev/null ||
  { cat "$work/administrator.log" >&2; exit 1; }
grep -q "zhangsan.*填报人.*填报：昌吉州科学技术局" "$work/administrator.log" ||
  { echo "access list does not show the clerk:" >&2; cat "$work/administrator.log" >&2; exit 1; }
grep -q "changji_office.*审核人.*审核：昌吉回族自治州人民政府" "$work/administrator.log" ||
  { echo "access list does not show the reviewer:" >&2; cat "$work/administrator.log" >&2; exit 1; }

# 3. The clerk, on its own login (its password as typed above, from its ~/.pgpass).
printf '127.0.0.1:%s:reports:zhangsan:zhangsan-pass-2026\n' "$port" >>"$HOME/.pgpass"
cp "$shared/fixtures/changji-kejiju-2021.txt" 昌吉州科学技术局2021年报告.txt
block clerk | sed "s/db\.example\.gov\.cn/$host/g" >"$work/clerk.sh"
bash -eu "$work/clerk.sh" >"$work/clerk.log" 2>&1 || { cat "$work/clerk.log" >&2; exit 1; }
grep -qP "昌吉州科学技术局\t2021\t待审核" "$work/clerk.log" || { echo "the clerk's report is not submitted:" >&2; cat "$work/clerk.log" >&2; exit 1; }

# What the set-up promises: the reviewer approves with its password; a role the office never added cannot connect,
# and the clerk's password is the one it was given.
printf '127.0.0.1:%s:reports:changji_office:changji-pass-2026\n' "$port" >>"$HOME/.pgpass"
disclosure-report review --agency 昌吉州科学技术局 --year 2021 approve --db "postgresql://changji_office@$host/reports" >"$work/review.log" 2>&1 ||
  { cat "$work/review.log" >&2; exit 1; }
PGHOST=$work/socket PGPORT=$port PGUSER=postgres "$bin/psql" -X -q -c "CREATE ROLE stranger LOGIN PASSWORD 'stranger-pass'" postgres
printf '127.0.0.1:%s:reports:stranger:stranger-pass\n' "$port" >>"$HOME/.pgpass"
if disclosure-report list --db "postgresql://stranger@$host/reports" >"$work/stranger.log" 2>&1; then
  echo "a role never added reads the office's database:" >&2; cat "$work/stranger.log" >&2; exit 1
fi
grep -q "开通账号" "$work/stranger.log" || { cat "$work/stranger.log" >&2; exit 1; }
if PGPASSWORD=wrong-password disclosure-report list --db "postgresql://zhangsan@$host/reports" </dev/null >/dev/null 2>&1; then
  echo "a wrong password was accepted" >&2; exit 1
fi
echo "the README's office set-up works on a fresh server (PostgreSQL $("$bin/postgres" --version | awk '{print $3}'), port $port)"
