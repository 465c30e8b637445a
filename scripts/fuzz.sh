#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Fuzzes each parser entry for SECONDS under AddressSanitizer and UndefinedBehaviorSanitizer
# (libFuzzer, clang), one after the other:
#   scripts/fuzz.sh 600                          every harness, ten minutes each
#   scripts/fuzz.sh 60 fuzz-ownership-xml        one harness
# Builds in build-fuzz/ (FILING_FUZZ=ON). Each harness keeps its corpus in
# build-fuzz/corpus/NAME (seeded from examples/, tests/data/ and ../shared/corpus when
# present) and writes what crashes it to build-fuzz/artifacts/NAME/. Exits 1 when any
# harness found a crash, a leak, undefined behaviour or a time-out.
set -euo pipefail
project=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${FILING_FUZZ_BUILD_DIR:-$project/build-fuzz}

seconds=${1:?usage: scripts/fuzz.sh SECONDS [HARNESS...]}
shift
harnesses=("$@")
if ((${#harnesses[@]} == 0)); then
    harnesses=(fuzz-parse-document fuzz-ownership-xml fuzz-ownership-text fuzz-prospectus fuzz-submission)
fi

# Limits for one input: a filing is rarely above a few hundred kilobytes; a second per
# input is slow enough to be a finding (the parsers read a megabyte in milliseconds).
max_len=262144
timeout=10
rss_limit_mb=2048

CXX=${CXX:-clang++} cmake -S "$project" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFILING_FUZZ=ON \
    -DFILING_WERROR=ON >/dev/null
cmake --build "$build_dir" -j "${FILING_FUZZ_JOBS:-2}" --target "${harnesses[@]}"

seeds=("$project/examples" "$project/tests/data" "$project/fuzz/regressions")
[[ -d $project/../shared/corpus ]] && seeds+=("$project/../shared/corpus")

failed=0
for harness in "${harnesses[@]}"; do
    corpus=$build_dir/corpus/$harness
    artifacts=$build_dir/artifacts/$harness
    mkdir -p "$corpus" "$artifacts"
    # Seed once from the real documents (files only, flattened, under the length limit).
    if [[ -z $(ls -A "$corpus") ]]; then
        find "${seeds[@]}" -type f -size -"$max_len"c -print0 |
            while IFS= read -r -d '' f; do cp "$f" "$corpus/$(sha1sum <"$f" | cut -c1-40)"; done
    fi
    echo "== $harness: $seconds s" >&2
    if ! "$build_dir/fuzz/$harness" -max_total_time="$seconds" -max_len="$max_len" -timeout="$timeout" \
        -rss_limit_mb="$rss_limit_mb" -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" \
        2>"$build_dir/$harness.log"; then
        echo "!! $harness failed: see $build_dir/$harness.log and $artifacts/" >&2
        failed=1
    fi
    grep -E '^stat::(number_of_executed_units|peak_rss_mb)|^#[0-9]+ *DONE' "$build_dir/$harness.log" >&2 || true
done
exit "$failed"
