#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The main job in one command: install what is missing, build in Release, use the
# configured database or start the private one, import examples/ and print the reports.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

"$project/scripts/install-deps.sh"
build
use_database

echo "== filing-import $project/examples" >&2
status=0
"$build_dir/filing-import" "$project/examples" || status=$?
if ((status == 2)); then exit 2; fi

# Each report with arguments that suit the example filings; reports added later show
# up with their defaults.
declare -A example_args=(
    [atm-status]=""
    [insider-activity]="--issuer CLRB"
    [holdings]="--person Caruso"
    [owner-filings]="--person Shustov"
    [insider-trades]="--from 2000-01-01"
    [cluster-buys]="--min-insiders 2"
    [insiders]="--issuer CLRB"
    [issuer-names]="--issuer CLRB"
    [filing-stats]=""
)
for report in $("$build_dir/filing-query" list --names); do
    args=${example_args[$report]-}
    echo
    echo "== filing-query $report $args"
    # shellcheck disable=SC2086 # the arguments are words
    "$build_dir/filing-query" "$report" $args || true
done
