#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs the Debian 12 packages the project needs, if any is missing.
set -euo pipefail

packages=(
    build-essential cmake pkg-config git
    clang clang-format clang-tidy
    libpqxx-dev libpq-dev libfmt-dev libcli11-dev libpugixml-dev libxml2-dev nlohmann-json3-dev libssl-dev
    libgtest-dev
    postgresql postgresql-client postgresql-common
    time bc
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -q '^installed$'; then
        missing+=("$p")
    fi
done
((${#missing[@]} == 0)) && exit 0

echo "Installing: ${missing[*]}" >&2
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 2; }
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
# The postgresql package would start a system-wide cluster; the project uses its own.
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
