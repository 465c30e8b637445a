#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Imports a generated corpus while faults strike, resumes, and compares every table with a
# clean import of the same files (by natural keys: no surrogate id, no timestamp):
#   scripts/fault-test.sh              20,000 filings, three rounds of every fault
#   scripts/fault-test.sh --quick      5,000 filings, one round (under a minute)
# The faults: the importer killed (-9); its connections terminated by the server
# (pg_terminate_backend); the server restarted (only with the private PostgreSQL, which
# the script can restart); a second importer running at once, killed. Each fault strikes
# an import into an empty archive at a random moment; the import is then run again to its
# end and the archive compared with the clean one. Exits 1 when any differs, printing the
# difference. Works in the databases fault_clean and fault_test.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

count=20000
rounds=3
if [[ ${1:-} == --quick ]]; then
    count=5000
    rounds=1
fi

[[ -x $build_dir/filing-import && -x $build_dir/tools/filing-corpus-gen ]] || build
use_database
import_bin=$build_dir/filing-import
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

private=false
if [[ $("$project/scripts/pg-private.sh" env 2>/dev/null | grep PGHOST= | tr -d "'" || true) == *"=${PGHOST:-none}" ]]; then
    private=true
fi

# The corpus: generated filings, and a few files that are rejected, so that the reject
# table is compared too.
"$build_dir/tools/filing-corpus-gen" -n "$count" -s 7 -o "$work/corpus" >/dev/null 2>&1
printf 'not a filing\n' >"$work/corpus/junk.txt"
head -c 300 "$(find "$work/corpus" -name '*.xml' | head -1)" >"$work/corpus/truncated.xml"

sql() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }
fresh_db() {
    sql postgres "DROP DATABASE IF EXISTS $1 WITH (FORCE)"
    sql postgres "CREATE DATABASE $1"
}
# import DB: the whole corpus; exit 0 or 1 (the bad files) is a complete import.
import_args=(-q -j 2 --batch-size 500 --progress false)
import() { "$import_bin" "$work/corpus" -d "$1" "${import_args[@]}"; }
now() { date +%s.%N; }
checksums() { psql -X -At -v ON_ERROR_STOP=1 -d "$1" -f "$project/scripts/archive-checksums.sql"; }

fresh_db fault_clean
fresh_db fault_test
start=$(now)
import fault_clean || (($? == 1)) || { echo "fault-test: the clean import failed" >&2; exit 2; }
clean_seconds=$(awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }')
checksums fault_clean >"$work/clean.txt"
echo "clean import of $count filings: ${clean_seconds} s; $(grep '^filing ' "$work/clean.txt")" >&2

# A moment within the import: between a tenth and nine tenths of a clean run.
some_time() { awk -v max="$clean_seconds" -v r="$RANDOM" 'BEGIN { printf "%.2f", (0.1 + 0.8 * r / 32768) * max }'; }

# Starts an import into fault_test in the background; its process id is in $!.
start_import() { "$import_bin" "$work/corpus" -d fault_test "${import_args[@]}" >/dev/null 2>&1 & }

strike() {
    local fault=$1 pid
    start_import
    pid=$!
    sleep "$(some_time)"
    case $fault in
    kill) kill -9 "$pid" 2>/dev/null || true ;;
    terminate)
        sql postgres "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                      WHERE datname = 'fault_test' AND application_name LIKE 'filing-archive%'" >/dev/null ;;
    restart)
        "$project/scripts/pg-private.sh" stop >/dev/null
        "$project/scripts/pg-private.sh" start >/dev/null ;;
    concurrent)
        start_import
        local second=$!
        sleep "$(some_time)"
        kill -9 "$pid" 2>/dev/null || true
        wait "$second" || true ;;
    esac
    local status=0
    wait "$pid" || status=$?
    echo "$status"
}

faults=(kill terminate concurrent)
$private && faults+=(restart)
$private || echo "fault-test: the database is not the private PostgreSQL: no server restart" >&2
failed=0
for ((round = 1; round <= rounds; ++round)); do
    for fault in "${faults[@]}"; do
        fresh_db fault_test
        status=$(strike "$fault")
        import fault_test || (($? == 1)) || { echo "fault-test: the import after '$fault' failed" >&2; exit 2; }
        checksums fault_test >"$work/test.txt"
        if diff -u "$work/clean.txt" "$work/test.txt" >"$work/diff.txt"; then
            echo "round $round, $fault (the struck import exited $status): identical" >&2
        else
            echo "round $round, $fault (the struck import exited $status): DIFFERENT" >&2
            cat "$work/diff.txt" >&2
            failed=1
        fi
    done
done
exit "$failed"
