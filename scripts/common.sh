# SPDX-License-Identifier: GPL-2.0-or-later
# Shared by demo.sh, test.sh and the benchmarks: build, and find a database.

project=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${FILING_BUILD_DIR:-$project/build}
# The generation of filing-corpus-gen's output, in the names of the benchmarks' corpus
# folders: corpora of an older generator are generated again, not reused.
corpus_generation=2

# build [extra cmake options...]: configures (once) and builds in Release.
build() {
    cmake -S "$project" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
    cmake --build "$build_dir" -j "$(nproc)"
}

# use_database: keeps a configured database (any libpq environment variable), else starts
# the private cluster and exports its environment.
use_database() {
    if [[ -n ${PGHOST:-}${PGDATABASE:-}${PGSERVICE:-}${PGPORT:-} ]]; then
        echo "Using the database of the libpq environment (PGHOST=${PGHOST:-}, PGDATABASE=${PGDATABASE:-})" >&2
        return
    fi
    eval "$("$project/scripts/pg-private.sh" start)"
    echo "Using the private PostgreSQL under .pg/ (stop it with scripts/pg-private.sh stop)" >&2
}
