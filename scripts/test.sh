#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Every test in one command: install what is missing, build with the tests, use the
# configured database or start the private one, and run CTest. Each test binary that
# needs PostgreSQL creates its own database and drops it afterwards. The suite then runs
# a second time built with clang (in build-clang/), both builds with warnings as errors:
# the tree must build with either compiler.
#   scripts/test.sh            all tests, with GCC and with clang
#   scripts/test.sh -L nodb    only the tests that need no database (any ctest options)
#   FILING_TEST_CLANG=0 scripts/test.sh    GCC only
#   FILING_TEST_LINT=0 scripts/test.sh     without scripts/lint.sh (clang-format, clang-tidy)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

"$project/scripts/install-deps.sh"
build -DFILING_BUILD_TESTS=ON -DFILING_WERROR=ON
use_database

(cd "$build_dir" && ctest --output-on-failure -j "$(nproc)" "$@")

if [[ ${FILING_TEST_CLANG:-1} != 0 ]]; then
    clang_dir=${FILING_CLANG_BUILD_DIR:-$project/build-clang}
    echo "== the same suite built with clang, in $clang_dir" >&2
    CXX=clang++ cmake -S "$project" -B "$clang_dir" -DCMAKE_BUILD_TYPE=Release -DFILING_BUILD_TESTS=ON \
        -DFILING_WERROR=ON >/dev/null
    cmake --build "$clang_dir" -j "$(nproc)"
    (cd "$clang_dir" && ctest --output-on-failure -j "$(nproc)" "$@")
fi

if [[ ${FILING_TEST_LINT:-1} != 0 ]]; then
    echo "== scripts/lint.sh: clang-format and clang-tidy" >&2
    "$project/scripts/lint.sh"
fi
