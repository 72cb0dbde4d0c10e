#!/bin/sh
# pg_server.sh start|pause|resume|stop DIR — a throwaway PostgreSQL server for the tests (a ctest fixture: stop runs even when a
# test failed). initdb and pg_ctl from Debian's postgresql package; as an unprivileged user (postgres, or nobody,
# when the tests run as root); listening on a Unix socket in DIR only (no TCP port); superuser dr_admin with trust
# authentication over that socket, which only DIR's owner can reach; the roles dr_password and dr_new_clerk (when a
# test makes them) must give their passwords.
set -eu
action=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "pg_server.sh: PostgreSQL is not installed (Debian package postgresql: packaging/install-deps.sh --tests)" >&2
  exit 1
fi
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u "$owner" -- "$@"
  else
    "$@"
  fi
}
owner=$(id -un)
if [ "$(id -u)" = 0 ]; then
  owner=postgres
  id postgres >/dev/null 2>&1 || owner=nobody
fi
case "$action" in
start)
  # A server left running by an interrupted run is stopped first.
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown "$owner" "$dir"
  chmod 700 "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U dr_admin -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  # One role that must give a password (the window's prompt is tested with it); everyone else is trusted.
  as_owner sh -c "printf 'local all dr_password,dr_new_clerk scram-sha-256\n' | cat - '$dir/data/pg_hba.conf' > '$dir/data/hba.new' && mv '$dir/data/hba.new' '$dir/data/pg_hba.conf'"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on socket $dir (as $owner)"
  ;;
pause)
  # The server stopped under its clients (a crash or an administrator's restart, as they see it), its data kept.
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  ;;
resume)
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
  ;;
stop)
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  fi
  rm -rf "$dir"
  echo "stopped"
  ;;
*)
  echo "usage: pg_server.sh start|pause|resume|stop DIR" >&2
  exit 2
  ;;
esac
