#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Checks the programs' C++ as CI would: the layout with clang-format (.clang-format) and
# the code with clang-tidy (.clang-tidy), using the build's compile_commands.json.
#   scripts/lint.sh            the layout of every C++ file; clang-tidy over src/, programs/ and tools/
#   scripts/lint.sh FILE...    these files only
# Exits 1 when a file is not formatted or clang-tidy finds something.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

for tool in clang-format clang-tidy; do
    command -v "$tool" >/dev/null || { echo "lint: $tool is missing (scripts/install-deps.sh installs it)" >&2; exit 2; }
done
if [[ ! -f $build_dir/compile_commands.json ]]; then
    cmake -S "$project" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DFILING_BUILD_TESTS=ON >/dev/null
fi

cd "$project"
if (($# > 0)); then
    files=("$@")
else
    mapfile -t files < <(git ls-files 'src/*.cpp' 'src/*.hpp' 'programs/*.cpp' 'tools/*.cpp' 'tools/*.hpp' \
        'tests/*.cpp' 'tests/*.hpp' 'fuzz/*.cpp')
fi

status=0
echo "== clang-format: ${#files[@]} files" >&2
clang-format --dry-run --Werror "${files[@]}" || status=1

# clang-tidy reads each .cpp with the flags it was built with; headers are checked
# through the .cpp files that include them.
sources=()
for f in "${files[@]}"; do
    # The tests and fuzz harnesses are checked for layout only: gtest's macros trip
    # clang-tidy's checks in ways that say nothing of the code.
    if [[ $f == *.cpp && $f != tests/* && $f != fuzz/* ]]; then
        sources+=("$f")
    fi
done
echo "== clang-tidy: ${#sources[@]} sources" >&2
if ((${#sources[@]} > 0)); then
    printf '%s\n' "${sources[@]}" |
        xargs -P "$(nproc)" -n 4 clang-tidy -p "$build_dir" --quiet 2> >(grep -v '^[0-9]* warnings\? generated' >&2) ||
        status=1
fi
exit $status
