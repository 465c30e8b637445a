#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Every test in one command: install what is missing, build with the tests, use the
# configured database or start the private one, and run CTest. Each test binary that
# needs PostgreSQL creates its own database and drops it afterwards.
#   scripts/test.sh            all tests
#   scripts/test.sh -L nodb    only the tests that need no database (any ctest options)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

"$project/scripts/install-deps.sh"
build -DFILING_BUILD_TESTS=ON
use_database

cd "$build_dir"
ctest --output-on-failure -j "$(nproc)" "$@"
