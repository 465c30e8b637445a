#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# A private PostgreSQL cluster for the archive, kept under the project folder (.pg/) and
# reached over a Unix socket only (no TCP port is opened). It is created on first use and
# reused afterwards.
#
#   scripts/pg-private.sh start    create if needed, start, print the libpq environment
#   scripts/pg-private.sh env      print the libpq environment (export lines)
#   scripts/pg-private.sh status   say whether it runs
#   scripts/pg-private.sh stop     stop it (the data stays)
#   scripts/pg-private.sh destroy  stop it and delete its data
#
# Use it from a shell:   eval "$(scripts/pg-private.sh start)"
# When run as root, the server runs as the 'postgres' system user (PostgreSQL refuses to
# run as root); the database superuser is named after the caller, so that psql and the
# programs connect without a password through the socket.
set -euo pipefail

project=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
base=${FILING_PG_DIR:-$project/.pg}
# When root runs this from a folder the postgres user cannot enter (a home folder, say),
# the cluster goes to a folder of its own under /var/tmp, named after the project.
if [[ -z ${FILING_PG_DIR:-} && $(id -u) -eq 0 ]] && id postgres >/dev/null 2>&1 &&
    ! runuser -u postgres -- test -x "$project" 2>/dev/null; then
    base=/var/tmp/filing-archive-pg-$(echo "$project" | sha1sum | cut -c1-12)
fi
data=$base/data
run=$base/run
log=$base/server.log
dbname=${FILING_PG_DBNAME:-filing_archive}
caller=$(id -un)

find_bindir() {
    if [[ -n ${PG_BINDIR:-} ]]; then echo "$PG_BINDIR"; return; fi
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    if [[ -n $dir && -x $dir/initdb ]]; then echo "$dir"; return; fi
    if command -v initdb >/dev/null; then dirname "$(command -v initdb)"; return; fi
    echo "pg-private: no PostgreSQL server found (install the postgresql package)" >&2
    exit 2
}
bindir=$(find_bindir)

# Run a server command as the owner of the cluster.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

prepare_dirs() {
    mkdir -p "$base"
    if [[ $(id -u) -eq 0 ]]; then
        if ! runuser -u postgres -- test -w "$base" 2>/dev/null; then
            chown postgres: "$base"
        fi
        if ! runuser -u postgres -- test -x "$base"; then
            echo "pg-private: the postgres user cannot reach $base; set FILING_PG_DIR to a folder it can use" >&2
            exit 2
        fi
    fi
    # A Unix socket path must stay under ~100 bytes.
    if (( ${#run} > 90 )); then
        echo "pg-private: $run is too long for a Unix socket path; set FILING_PG_DIR to a shorter folder" >&2
        exit 2
    fi
}

is_running() {
    [[ -f $data/postmaster.pid ]] && as_owner "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1
}

print_env() {
    cat <<ENV
export PGHOST='$run'
export PGPORT=5432
export PGUSER='$caller'
export PGDATABASE='$dbname'
ENV
}

start() {
    prepare_dirs
    if [[ ! -f $data/PG_VERSION ]]; then
        as_owner mkdir -p "$data" "$run"
        as_owner "$bindir/initdb" -D "$data" -U "$caller" --auth-local=trust --auth-host=reject \
            -E UTF8 --locale=C.UTF-8 >"$base/initdb.log" 2>&1 || {
            echo "pg-private: initdb failed, see $base/initdb.log" >&2; exit 2; }
        # Socket only, and room for bulk loads: bigger WAL between checkpoints, more memory
        # for index builds. Durability settings stay at PostgreSQL's defaults.
        as_owner tee -a "$data/postgresql.conf" >/dev/null <<CONF
listen_addresses = ''
unix_socket_directories = '$run'
unix_socket_permissions = 0700
max_wal_size = 4GB
checkpoint_timeout = 15min
shared_buffers = 512MB
work_mem = 32MB
maintenance_work_mem = 256MB
max_connections = 50
CONF
    fi
    as_owner mkdir -p "$run"
    if ! is_running; then
        as_owner "$bindir/pg_ctl" -D "$data" -l "$log" -w -t 60 start >/dev/null || {
            echo "pg-private: the server did not start, see $log" >&2; exit 2; }
    fi
    # The superuser's own database exists from initdb; the archive's is created once.
    if ! PGHOST=$run PGPORT=5432 PGUSER=$caller psql -d postgres -Atqc \
            "SELECT 1 FROM pg_database WHERE datname = '$dbname'" | grep -q 1; then
        PGHOST=$run PGPORT=5432 PGUSER=$caller createdb "$dbname"
    fi
    print_env
}

case ${1:-} in
    start) start ;;
    env) print_env ;;
    status)
        if is_running; then echo "running: socket $run, data $data"; else echo "not running"; exit 3; fi ;;
    stop)
        if is_running; then as_owner "$bindir/pg_ctl" -D "$data" -m fast -w stop >/dev/null; fi
        echo "stopped" ;;
    destroy)
        if is_running; then as_owner "$bindir/pg_ctl" -D "$data" -m fast -w stop >/dev/null; fi
        rm -rf "$base"
        echo "destroyed $base" ;;
    *)
        sed -n '3,16p' "$0" | sed 's/^# \{0,1\}//'
        exit 2 ;;
esac
