#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Import benchmark: on the same generated corpus, each in a fresh database,
#   import   filing-import of the corpus (parsing on all cores, one loader);
#   floor    the very same rows loaded with plain COPY (pg_dump's data of the import);
#   naive    the very same rows loaded with one INSERT per row, in one transaction;
#   reimport filing-import of the corpus again, every file skipped (median of three);
#   parse    parsing alone, on one core (filing-parse-bench).
# Prints files/s, rows/s, the ratios and peak memory (/usr/bin/time -v), and, once, how
# libpqxx's stream_to compares with the loader's own COPY buffers (filing-copy-bench).
#
#   scripts/bench-import.sh                 10,000 and 100,000 filings
#   scripts/bench-import.sh 5000            other sizes
#   scripts/bench-import.sh --million       also 1,000,000 filings
#   scripts/bench-import.sh --no-naive ...  skip the row-by-row INSERT (slow)
#
# Corpora are generated once under bench/out/ (seed 7) and reused.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

sizes=()
naive=1
for arg in "$@"; do
    case $arg in
        --million) sizes+=(1000000) ;;
        --no-naive) naive=0 ;;
        *) sizes+=("$arg") ;;
    esac
done
((${#sizes[@]})) || sizes=(10000 100000)
[[ " $* " == *" --million "* && ${#sizes[@]} -eq 1 ]] && sizes=(10000 100000 1000000)

"$project/scripts/install-deps.sh"
build >/dev/null
use_database
out=$project/bench/out
mkdir -p "$out"
bin=$build_dir

# Tables in an order that satisfies the foreign keys (offering before filing: the
# program's first filing is checked at commit).
tables=(issuer person offering filing offering_agent filing_owner ownership_row row_footnote footnote signature offering_event)

# dump DB [pg_dump options]: the data of every table, in that order.
dump() {
    local db=$1
    shift
    for t in "${tables[@]}"; do
        # (pg_dump warns of the circular keys filing <-> offering; the order above and
        # the keys checked at commit take care of them.)
        pg_dump --data-only --no-owner -t "$t" "$@" "$db" 2>/dev/null
    done
}

fresh_db() {
    psql -d postgres -qc "DROP DATABASE IF EXISTS $1" 2>/dev/null
    psql -d postgres -qc "CREATE DATABASE $1"
    "$bin/filing-import" db migrate -d "$1" --log-level warn
}

# seconds COMMAND...: wall time of a command, its output kept in $out/last.log.
seconds() {
    local start end
    start=$(date +%s.%N)
    if ! "$@" >"$out/last.log" 2>&1; then
        echo "bench-import: failed: $*" >&2
        tail -5 "$out/last.log" >&2
        exit 1
    fi
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}

peak_kb() { grep "Maximum resident set size" "$1" | awk '{print $NF}'; }

ratio() { echo "scale=2; $1 / $2" | bc; }

psql -d postgres -qc "DROP DATABASE IF EXISTS bench_copy" 2>/dev/null
psql -d postgres -qc "CREATE DATABASE bench_copy"
echo "COPY from C++: $("$bin/tools/filing-copy-bench" 500000 bench_copy)"
psql -d postgres -qc "DROP DATABASE bench_copy"

for n in "${sizes[@]}"; do
    corpus=$out/corpus-$n
    if [[ ! -d $corpus ]]; then
        echo "== generating $n filings" >&2
        "$bin/tools/filing-corpus-gen" -n "$n" -s 7 -o "$corpus"
    fi
    mb=$(du -sm "$corpus" | cut -f1)
    echo "== $n filings ($mb MB)" >&2

    parse_json=$("$bin/tools/filing-parse-bench" --json "$corpus")
    parse_s=$(echo "$parse_json" | sed 's/.*"seconds": \([0-9.]*\).*/\1/')

    db=bench_import_$n
    fresh_db "$db"
    # The OS cache holds the corpus for every contender alike.
    find "$corpus" -type f -print0 | xargs -0 cat >/dev/null
    import_s=$(seconds /usr/bin/time -v "$bin/filing-import" -q -d "$db" --summary-json "$out/import-$n.json" "$corpus")
    import_kb=$(peak_kb "$out/last.log")
    rows=$(psql -d "$db" -Atc "SELECT $(printf "(SELECT count(*) FROM %s)+" "${tables[@]}")0")
    # Three re-imports (each finds every file stored and writes nothing), the median kept:
    # one run of a second or so is at the mercy of the machine's noise.
    reimports=()
    for _ in 1 2 3; do
        reimports+=("$(seconds /usr/bin/time -v "$bin/filing-import" -q -d "$db" "$corpus")")
    done
    reimport_s=$(printf '%s\n' "${reimports[@]}" | sort -n | sed -n 2p)
    reimport_kb=$(peak_kb "$out/last.log")

    # The floor: the very same rows, plain COPY, one transaction, same schema.
    dump "$db" >"$out/floor-$n.sql"
    fresh_db bench_floor_$n
    floor_s=$(seconds psql -d bench_floor_$n -q -v ON_ERROR_STOP=1 -1 -f "$out/floor-$n.sql")

    naive_s=""
    if ((naive)); then
        dump "$db" --inserts --rows-per-insert=1 >"$out/naive-$n.sql"
        fresh_db bench_naive_$n
        naive_s=$(seconds psql -d bench_naive_$n -q -v ON_ERROR_STOP=1 -1 -f "$out/naive-$n.sql")
        rm -f "$out/naive-$n.sql"
        psql -d postgres -qc "DROP DATABASE bench_naive_$n"
    fi
    psql -d postgres -qc "DROP DATABASE bench_floor_$n"
    rm -f "$out/floor-$n.sql"

    cat >"$out/results-$n.json" <<JSON
{"filings": $n, "megabytes": $mb, "rows": $rows, "parse_seconds_one_core": $parse_s,
 "import_seconds": $import_s, "import_peak_kb": $import_kb, "floor_copy_seconds": $floor_s,
 "naive_insert_seconds": ${naive_s:-null}, "reimport_seconds": $reimport_s, "reimport_peak_kb": $reimport_kb}
JSON
    printf '\n%s filings, %s MB, %s rows\n' "$n" "$mb" "$rows"
    printf '  import          %7.1f s  %8.0f files/s  %8.0f rows/s  peak %s MB\n' "$import_s" \
        "$(ratio "$n" "$import_s")" "$(ratio "$rows" "$import_s")" "$((import_kb / 1024))"
    printf '  plain COPY      %7.1f s  (the floor: the same rows)\n' "$floor_s"
    printf '  parse, 1 core   %7.1f s\n' "$parse_s"
    [[ -n $naive_s ]] && printf '  row INSERT      %7.1f s\n' "$naive_s"
    printf '  reimport        %7.1f s  peak %s MB  (median of %s s)\n' "$reimport_s" "$((reimport_kb / 1024))" \
        "$(printf '%.2f, ' "${reimports[@]}" | sed 's/, $//')"
    printf '  import / (COPY + parse)  %s   (target <= 1.5)\n' "$(ratio "$import_s" "$(echo "$floor_s + $parse_s" | bc)")"
    [[ -n $naive_s ]] && printf '  INSERT / import          %s   (target >= 30)\n' "$(ratio "$naive_s" "$import_s")"
    printf '  import / reimport        %s   (target >= 10)\n' "$(ratio "$import_s" "$reimport_s")"
done
