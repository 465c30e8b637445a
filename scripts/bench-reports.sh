#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Report benchmark: on an archive of a generated corpus (100,000 filings by default,
# imported by scripts/bench-import.sh or here), times every canned report for the
# busiest issuer and person, end to end through filing-query (median of 5 runs), shows
# from EXPLAIN ANALYZE which indexes each uses, and says for each whether it meets its
# target: issuer- and person-scoped reports under 100 ms, archive-wide ones under 500 ms.
#
#   scripts/bench-reports.sh            the 100,000-filing archive
#   scripts/bench-reports.sh 1000000    the 1,000,000-filing one (bench-import.sh --million)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

n=${1:-100000}
"$project/scripts/install-deps.sh"
build >/dev/null
use_database
bin=$build_dir
out=$project/bench/out
corpus=$out/corpus-g$corpus_generation-$n
db=bench_import_$n

if ! psql -d "$db" -Atc "SELECT 1 FROM filing LIMIT 1" >/dev/null 2>&1; then
    [[ -d $corpus ]] || "$bin/tools/filing-corpus-gen" -n "$n" -s 7 -o "$corpus"
    psql -d postgres -qc "CREATE DATABASE $db"
    "$bin/filing-import" -q -d "$db" "$corpus"
fi
psql -d "$db" -qc "VACUUM ANALYZE"

filings=$(psql -d "$db" -Atc "SELECT count(*) FROM filing")
issuer=$(psql -d "$db" -Atc "SELECT i.ticker FROM filing f JOIN issuer i USING (issuer_id)
                             GROUP BY i.ticker ORDER BY count(*) DESC, i.ticker LIMIT 1")
person=$(psql -d "$db" -Atc "SELECT p.cik FROM filing_owner o JOIN person p USING (person_id) WHERE p.cik IS NOT NULL
                             GROUP BY p.cik ORDER BY count(*) DESC, p.cik LIMIT 1")
last=$(psql -d "$db" -Atc "SELECT max(transaction_date) FROM ownership_row")

# median_ms ARGS...: median wall time of five runs of filing-query ARGS.
median_ms() {
    local times=() start end
    for _ in 1 2 3 4 5; do
        start=$(date +%s%N)
        "$bin/filing-query" -d "$db" "$@" >/dev/null
        end=$(date +%s%N)
        times+=($(((end - start) / 1000000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}

# plan ARGS...: the indexes the plan uses, and the execution time PostgreSQL measured.
plan() {
    local text
    text=$("$bin/filing-query" -d "$db" --format csv --explain "$@")
    local indexes
    indexes=$(grep -oE '(Index|Index Only|Bitmap Index) Scan (Backward )?(using|on) [a-z_]+' <<<"$text" |
        awk '{print $NF}' | sort -u | paste -sd, -)
    local seq
    seq=$(grep -oE 'Seq Scan on [a-z_]+' <<<"$text" | awk '{print $NF}' | sort -u | paste -sd, -)
    local exec
    exec=$(grep -oE 'Execution Time: [0-9.]+' <<<"$text" | awk '{print $NF}')
    printf '%s ms in the server; indexes: %s%s' "$exec" "${indexes:-none}" "${seq:+; sequential scans: $seq}"
}

# Targets, end to end (process start and connection included): why each value is there.
SCOPED_MS=100        # one issuer's or person's report: as fast as a page of a web application
ARCHIVE_WIDE_MS=500  # a question over the whole archive: still answered while one waits

printf 'Archive of %s filings; busiest issuer %s, busiest person CIK %s\n\n' "$filings" "$issuer" "$person"
printf '%-18s %-40s %8s  %s\n' report parameters "median" "plan"
met=0
missed=0
# run scoped|archive REPORT ARGS...
run() {
    local scope=$1 name=$2 ms target
    shift 2
    ms=$(median_ms "$name" "$@")
    printf '%-18s %-40s %6s ms  %s\n' "$name" "$*" "$ms" "$(plan "$name" "$@")"
    target=$([[ $scope == scoped ]] && echo "$SCOPED_MS" || echo "$ARCHIVE_WIDE_MS")
    if ((ms < target)); then
        met=$((met + 1))
    else
        missed=$((missed + 1))
        targets_missed+=("$name $* took $ms ms (target: under $target ms, $scope)")
    fi
}
targets_missed=()
run scoped insider-activity --issuer "$issuer"
run scoped atm-status --issuer "$issuer"
run scoped holdings --person "$person"
run scoped owner-filings --person "$person"
run archive insider-trades --from "$(date -d "$last - 30 days" +%F)" --to "$last" --min-value 100000
run archive cluster-buys --from "$(date -d "$last - 365 days" +%F)" --to "$last"
run archive filing-stats
run archive atm-status

printf '\nTARGET issuer- and person-scoped reports under %s ms, archive-wide under %s ms: ' "$SCOPED_MS" "$ARCHIVE_WIDE_MS"
if ((missed == 0)); then
    printf 'met (%s of %s)\n' "$met" "$met"
else
    printf 'NOT met (%s of %s):\n' "$met" "$((met + missed))"
    printf '  %s\n' "${targets_missed[@]}"
fi
