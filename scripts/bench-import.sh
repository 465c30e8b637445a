#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Import benchmark. For each corpus (generated with filing-corpus-gen, seed 7: the
# standard one, and a footnote-rich one shaped like real filings) and each size, each in a
# fresh database:
#   import     filing-import of the corpus (parsing on all cores, one loader), with the
#              loader's stage-by-stage profile;
#   floor      the very same rows (pg_dump of the import) loaded with plain COPY in one
#              transaction, per-row triggers on ("plain COPY") and off ("raw floor":
#              session_replication_role = replica, no foreign-key checks);
#   naive      the same rows with one INSERT per row in one transaction (for context);
#   reimport   filing-import of the corpus again, every file skipped (median of three);
#   parse      read+hash and parsing alone, on one core (filing-parse-bench).
# Prints every figure of the README's table, the profile, and each target as met or not
# with the reason.
#
#   scripts/bench-import.sh                  both corpora, 10,000 and 100,000 filings
#   scripts/bench-import.sh 5000 20000       other sizes
#   scripts/bench-import.sh --million        also 1,000,000 filings of the standard corpus
#   scripts/bench-import.sh --standard       only the standard corpus (--rich: only the other)
#   scripts/bench-import.sh --no-naive       skip the row-by-row INSERT (slow)
#   scripts/bench-import.sh --no-copy-bench  skip the comparison of COPY from C++
#
# Corpora are generated once under bench/out/ and reused; results-SHAPE-N.json keep the
# figures of the latest run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

sizes=()
shapes=(standard rich)
naive=1
copy_bench=1
million=0
for arg in "$@"; do
    case $arg in
        --million) million=1 ;;
        --no-naive) naive=0 ;;
        --no-copy-bench) copy_bench=0 ;;
        --standard) shapes=(standard) ;;
        --rich) shapes=(rich) ;;
        [0-9]*) sizes+=("$arg") ;;
        *) sed -n '3,26p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
    esac
done
((${#sizes[@]})) || sizes=(10000 100000)

# Targets (issue "Import at the floor"): why each value is in its comment.
MAX_FLOOR_RATIO=1.5       # the import may cost half again what moving its rows costs
MIN_FILINGS_PER_S=10000   # on the standard corpus, 2 cores
MIN_REIMPORT_SPEEDUP=10   # a re-import only reads, hashes and looks up
MAX_SCALE_DRIFT=0.20      # ratio and memory at the largest size within 20% of the smallest
NAIVE_MAX_FILINGS=100000  # one INSERT per row beyond this takes too long to be worth it

"$project/scripts/install-deps.sh"
build >/dev/null
use_database
out=$project/bench/out
mkdir -p "$out"
bin=$build_dir

# calc EXPR [DECIMALS]: arithmetic with awk (always there, unlike bc).
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }
# is_true EXPR: exit status of an awk comparison.
is_true() { awk "BEGIN { exit !($1) }"; }

# Tables in an order that satisfies the foreign keys (offering before filing: the
# program's first filing is checked at commit); those missing from the schema are left out.
all_tables=(issuer person offering filing offering_agent filing_owner ownership_row row_footnote footnote
    signature offering_event filing_warning)
tables_of() {
    local db=$1 t
    for t in "${all_tables[@]}"; do
        [[ $(psql -d "$db" -Atc "SELECT relkind FROM pg_class WHERE oid = to_regclass('$t')") == r ]] && echo "$t"
    done
}

# dump DB [pg_dump options]: the data of every table, in that order.
dump() {
    local db=$1 t
    shift
    for t in $(tables_of "$db"); do
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

# seconds COMMAND...: wall time of a command, its output kept in $out/last.log and the
# CPU seconds of the server processes it started (its backends, autovacuum workers) in
# $out/last.server-cpu, counted by `perf stat` on the local server when perf is installed.
seconds() {
    local start end
    start=$(date +%s.%N)
    if [[ -n $server_perf ]]; then
        perf stat -x, -e task-clock -o "$out/last.perf" -p "$postmaster_pid" -- "$@" >"$out/last.log" 2>&1
    else
        "$@" >"$out/last.log" 2>&1
    fi || {
        echo "bench-import: failed: $*" >&2
        tail -5 "$out/last.log" >&2
        exit 1
    }
    end=$(date +%s.%N)
    if [[ -n $server_perf ]]; then
        awk -F, '/task-clock/ { printf "%.2f", $1 / 1000 }' "$out/last.perf" >"$out/last.server-cpu"
    else
        : >"$out/last.server-cpu"
    fi
    calc "$end - $start" 3
}
last_server_cpu() { cat "$out/last.server-cpu"; }

# settle: waits (up to a minute) until no autovacuum worker runs, so that each measured
# step starts from a quiet server and pays only for the work it causes.
settle() {
    local i
    for i in $(seq 60); do
        [[ $(psql -d postgres -Atc "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'") == 0 ]] &&
            return
        sleep 1
    done
}

peak_kb() { grep "Maximum resident set size" "$1" | awk '{print $NF}'; }
# client_cpu LOG: user + system seconds of a command run under /usr/bin/time -v.
client_cpu() { awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$1"; }

# The server's CPU: timings are noisy on a shared machine, CPU seconds much less so.
postmaster_pid=$(psql -d postgres -Atc "SELECT setting FROM pg_settings WHERE name = 'data_directory'" 2>/dev/null |
    xargs -I{} head -1 {}/postmaster.pid 2>/dev/null || true)
server_perf=
if [[ -n $postmaster_pid ]] && command -v perf >/dev/null &&
    perf stat -e task-clock -p "$postmaster_pid" -- true >/dev/null 2>&1; then
    server_perf=1
fi

# median A B C
median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }

# stage NAME: seconds the loader spent in the stages whose names match the regex NAME.
profile_line=
stage() {
    tr ' ' '\n' <<<"$profile_line" | awk -F= -v re="^($1)\$" '$1 ~ re { s += $2 } END { printf "%.3f", s }'
}

# Tables with per-row triggers (foreign-key checks) in a database, and how many.
row_triggers() {
    psql -d "$1" -Atc "SELECT coalesce(string_agg(DISTINCT c.relname, ' ' ORDER BY c.relname), 'none')
                       FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                       WHERE (t.tgtype & 1) = 1 AND t.tgfoid IN ('\"RI_FKey_check_ins\"'::regproc)"
}

copy_bench() {
    psql -d postgres -qc "DROP DATABASE IF EXISTS bench_copy" 2>/dev/null
    psql -d postgres -qc "CREATE DATABASE bench_copy"
    echo "COPY from C++: $("$bin/tools/filing-copy-bench" 500000 bench_copy)"
    psql -d postgres -qc "DROP DATABASE bench_copy"
}

# print_profile IMPORT_S READ_HASH_S PARSE_S: the stages, seconds and share of the import.
print_profile() {
    local import_s=$1 busy idle
    busy=$(stage '.*')
    idle=$(calc "$import_s - $busy" 3)
    printf '  stage profile (the loader thread, summed over batches; reading and parsing run on the other threads)\n'
    row() { printf '    %-38s %7.2f s  %5.1f%%\n' "$1" "$2" "$(calc "100 * $2 / $import_s" 1)"; }
    row "read+hash (1 core, apart)" "$2"
    row "parse + document key (1 core, apart)" "$3"
    row "lock" "$(stage lock)"
    row "known files and filings" "$(stage known)"
    row "identity lookups (+ table statistics)" "$(stage 'analyze|identities|ids')"
    row "ATM programs" "$(stage offerings)"
    row "serialize rows" "$(stage serialize)"
    local t
    for t in $(tr ' ' '\n' <<<"$profile_line" | sed -n 's/^copy_\([a-z_]*\)=.*/\1/p'); do
        row "COPY $t" "$(stage "copy_$t")"
    done
    row "identity settled (earlier filings)" "$(stage settle)"
    row "link amendments" "$(stage amendments)"
    row "foreign-key checks" "$(stage fk_checks)"
    row "commit" "$(stage commit)"
    row "loader busy" "$busy"
    row "loader waiting (start, parsers)" "$idle"
}

# bench_one SHAPE N: one corpus, one size.
bench_one() {
    local shape=$1 n=$2 corpus gen_opts=() name
    if [[ $shape == rich ]]; then
        corpus=$out/rich-g$corpus_generation-$n
        gen_opts=(--footnote-rich)
    else
        corpus=$out/corpus-g$corpus_generation-$n
    fi
    if [[ ! -d $corpus ]]; then
        echo "== generating $n $shape filings" >&2
        "$bin/tools/filing-corpus-gen" -n "$n" -s 7 "${gen_opts[@]}" -o "$corpus.tmp" && mv "$corpus.tmp" "$corpus"
    fi
    local mb
    mb=$(du -sm "$corpus" | cut -f1)
    echo "== $shape corpus, $n filings ($mb MB)" >&2

    # The OS cache holds the corpus for every contender alike.
    find "$corpus" -type f -print0 | xargs -0 cat >/dev/null
    local parse_json read_hash_s parse_s
    parse_json=$("$bin/tools/filing-parse-bench" --json "$corpus")
    # CPU seconds: the stages' cost on one core, whatever else runs on the machine.
    read_hash_s=$(sed 's/.*"read_hash_cpu_seconds": \([0-9.]*\).*/\1/' <<<"$parse_json")
    parse_s=$(sed 's/.*"cpu_seconds": \([0-9.]*\).*/\1/' <<<"$parse_json")

    local db=bench_import_${shape}_$n
    [[ $shape == standard ]] && db=bench_import_$n # the name bench-reports.sh uses
    fresh_db "$db"
    find "$corpus" -type f -print0 | xargs -0 cat >/dev/null
    settle
    local import_s import_kb import_client_cpu import_server_cpu
    import_s=$(seconds /usr/bin/time -v "$bin/filing-import" --progress false --log-level debug -d "$db" \
        --summary-json "$out/import-$shape-$n.json" "$corpus")
    import_kb=$(peak_kb "$out/last.log")
    import_client_cpu=$(client_cpu "$out/last.log")
    import_server_cpu=$(last_server_cpu)
    profile_line=$(sed -n 's/.*loader profile (seconds): //p' "$out/last.log")
    local triggers rows
    triggers=$(row_triggers "$db")
    rows=$(psql -d "$db" -Atc "SELECT $(printf "(SELECT count(*) FROM %s)+" $(tables_of "$db"))0")

    # Three re-imports (each finds every file stored and writes nothing), the median kept:
    # one run of a second or so is at the mercy of the machine's noise.
    local reimports=() reimport_s reimport_kb
    for _ in 1 2 3; do
        reimports+=("$(seconds /usr/bin/time -v "$bin/filing-import" -q -d "$db" "$corpus")")
    done
    reimport_s=$(median "${reimports[@]}")
    reimport_kb=$(peak_kb "$out/last.log")

    # The floor: the very same rows, plain COPY, one transaction, same schema; then again
    # without per-row triggers (the foreign-key checks).
    local floor_s raw_s naive_s="" floor_cpu raw_cpu
    dump "$db" >"$out/floor.sql"
    fresh_db bench_floor
    settle
    floor_s=$(seconds psql -d bench_floor -q -v ON_ERROR_STOP=1 -1 -f "$out/floor.sql")
    floor_cpu=$(last_server_cpu)
    fresh_db bench_floor
    settle
    raw_s=$(PGOPTIONS='-c session_replication_role=replica' seconds psql -d bench_floor -q -v ON_ERROR_STOP=1 -1 \
        -f "$out/floor.sql")
    raw_cpu=$(last_server_cpu)
    psql -d postgres -qc "DROP DATABASE bench_floor"
    rm -f "$out/floor.sql"
    if ((naive)) && ((n <= NAIVE_MAX_FILINGS)); then
        dump "$db" --inserts --rows-per-insert=1 >"$out/naive.sql"
        fresh_db bench_naive
        naive_s=$(seconds psql -d bench_naive -q -v ON_ERROR_STOP=1 -1 -f "$out/naive.sql")
        rm -f "$out/naive.sql"
        psql -d postgres -qc "DROP DATABASE bench_naive"
    fi

    local ratio speedup per_s
    ratio=$(calc "$import_s / $raw_s")
    speedup=$(calc "$import_s / $reimport_s" 1)
    per_s=$(calc "$n / $import_s" 0)
    cat >"$out/results-$shape-$n.json" <<JSON
{"shape": "$shape", "filings": $n, "megabytes": $mb, "rows": $rows, "read_hash_seconds_one_core": $read_hash_s,
 "parse_seconds_one_core": $parse_s, "import_seconds": $import_s, "import_peak_kb": $import_kb,
 "floor_copy_seconds": $floor_s, "raw_floor_seconds": $raw_s, "naive_insert_seconds": ${naive_s:-null},
 "reimport_seconds": $reimport_s, "reimport_peak_kb": $reimport_kb, "import_over_raw_floor": $ratio,
 "import_client_cpu_seconds": $import_client_cpu, "import_server_cpu_seconds": ${import_server_cpu:-null},
 "floor_server_cpu_seconds": ${floor_cpu:-null}, "raw_floor_server_cpu_seconds": ${raw_cpu:-null},
 "row_trigger_tables": "$triggers", "profile": "$profile_line"}
JSON

    printf '\n%s corpus: %s filings, %s MB, %s rows (%s a filing)\n' "$shape" "$n" "$mb" "$rows" "$(calc "$rows / $n" 1)"
    printf '  tables with per-row foreign-key triggers: %s\n' "$triggers"
    print_profile "$import_s" "$read_hash_s" "$parse_s"
    printf '  import            %7.2f s  %7s filings/s  %8.0f rows/s  peak %s MB\n' "$import_s" "$per_s" \
        "$(calc "$rows / $import_s" 0)" "$((import_kb / 1024))"
    printf '                              CPU: importer %s s, server %s s\n' "$import_client_cpu" "${import_server_cpu:-?}"
    printf '  plain COPY        %7.2f s  (the same rows, per-row triggers on; server CPU %s s)\n' "$floor_s" "${floor_cpu:-?}"
    printf '  raw floor         %7.2f s  (the same rows, per-row triggers off; server CPU %s s)\n' "$raw_s" "${raw_cpu:-?}"
    [[ -n $naive_s ]] && printf '  row INSERT        %7.2f s  (%s times the import, for context)\n' "$naive_s" \
        "$(calc "$naive_s / $import_s" 1)"
    printf '  re-import         %7.2f s  peak %s MB  (median of %s s)\n' "$reimport_s" "$((reimport_kb / 1024))" \
        "$(printf '%s, ' "${reimports[@]}" | sed 's/, $//')"

    # Each target, met or not, with the reason.
    local busy copy lookups identity
    busy=$(stage '.*')
    copy=$(stage 'copy_.*')
    identity=$(stage 'analyze|identities|ids|settle')
    lookups=$(stage 'lock|known|offerings|amendments')
    if is_true "$ratio <= $MAX_FLOOR_RATIO"; then
        printf '  TARGET import <= %s x raw floor: met (%s)\n' "$MAX_FLOOR_RATIO" "$ratio"
    else
        printf '  TARGET import <= %s x raw floor: NOT met (%s): loader busy %s s (COPY %s s, identity %s s, other lookups %s s, foreign keys %s s, serialize %s s), waiting %s s\n' \
            "$MAX_FLOOR_RATIO" "$ratio" "$busy" "$copy" "$identity" "$lookups" "$(stage fk_checks)" "$(stage serialize)" \
            "$(calc "$import_s - $busy" 2)"
    fi
    if [[ $shape == standard ]]; then
        if is_true "$per_s >= $MIN_FILINGS_PER_S"; then
            printf '  TARGET >= %s filings/s: met (%s)\n' "$MIN_FILINGS_PER_S" "$per_s"
        elif is_true "$busy >= 0.8 * $import_s"; then
            printf '  TARGET >= %s filings/s: NOT met (%s): the loader connection is busy %s of %s s (COPY %s s, identity %s s, other lookups %s s)\n' \
                "$MIN_FILINGS_PER_S" "$per_s" "$busy" "$import_s" "$copy" "$identity" "$lookups"
        else
            printf '  TARGET >= %s filings/s: NOT met (%s): the loader waits %s s for the parsers (read+hash %s s and parse %s s on one core)\n' \
                "$MIN_FILINGS_PER_S" "$per_s" "$(calc "$import_s - $busy" 2)" "$read_hash_s" "$parse_s"
        fi
    fi
    if is_true "$speedup >= $MIN_REIMPORT_SPEEDUP"; then
        printf '  TARGET re-import >= %s x faster: met (%s)\n' "$MIN_REIMPORT_SPEEDUP" "$speedup"
    else
        printf '  TARGET re-import >= %s x faster: NOT met (%s): a re-import reads and hashes %s MB (%s s on one core) and looks up every hash\n' \
            "$MIN_REIMPORT_SPEEDUP" "$speedup" "$mb" "$read_hash_s"
    fi
    # The README's table row.
    printf '  README | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s MB |\n' "$shape" "$n" "$rows" \
        "$import_s" "$per_s" "$floor_s" "$raw_s" "$ratio" "$parse_s" "${naive_s:--}" "$reimport_s" "$speedup" \
        "$((import_kb / 1024))"
}

# scale_check SHAPE: ratio and peak memory at the largest size against the smallest.
scale_check() {
    local shape=$1 small=${sizes[0]} large=${sizes[-1]}
    [[ $small == "$large" ]] && return
    local f1=$out/results-$shape-$small.json f2=$out/results-$shape-$large.json
    [[ -f $f1 && -f $f2 ]] || return
    get() { sed -n "s/.*\"$2\": \([0-9.]*\).*/\1/p" "$1" | head -1; }
    local r1 r2 m1 m2
    r1=$(get "$f1" import_over_raw_floor) r2=$(get "$f2" import_over_raw_floor)
    m1=$(get "$f1" import_peak_kb) m2=$(get "$f2" import_peak_kb)
    for what in "import/floor ratio:$r1:$r2" "peak memory (KB):$m1:$m2"; do
        IFS=: read -r label a b <<<"$what"
        local drift
        drift=$(calc "($b - $a) / $a" 3)
        if is_true "($drift) <= $MAX_SCALE_DRIFT && -($drift) <= $MAX_SCALE_DRIFT"; then
            printf 'TARGET %s %s within %s%% from %s to %s filings: met (%s -> %s)\n' "$shape" "$label" \
                "$(calc "100 * $MAX_SCALE_DRIFT" 0)" "$small" "$large" "$a" "$b"
        else
            printf 'TARGET %s %s within %s%% from %s to %s filings: NOT met (%s -> %s, %+.0f%%)\n' "$shape" "$label" \
                "$(calc "100 * $MAX_SCALE_DRIFT" 0)" "$small" "$large" "$a" "$b" "$(calc "100 * $drift" 0)"
        fi
    done
}

((copy_bench)) && copy_bench
for shape in "${shapes[@]}"; do
    for n in "${sizes[@]}"; do
        bench_one "$shape" "$n"
    done
    if [[ $shape == standard ]] && ((million)); then
        sizes+=(1000000)
        bench_one standard 1000000
    fi
    echo
    scale_check "$shape"
    [[ $shape == standard ]] && ((million)) && unset 'sizes[-1]'
done
printf '\nREADME columns: corpus | filings | rows | import s | filings/s | plain COPY s | raw floor s | import/raw floor | parse 1 core s | row INSERT s | re-import s | import/re-import | peak memory\n'
