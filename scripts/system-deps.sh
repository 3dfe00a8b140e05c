#!/usr/bin/env bash
# Installs the system packages armstrace needs, with apt where it can.
#   scripts/system-deps.sh            build deps: libicu-dev + pkg-config (PyICU, needed by normality)
#   scripts/system-deps.sh --test     also PostgreSQL and Debian's Chromium + ChromeDriver (tests)
set -euo pipefail
want=(libicu-dev pkg-config)
if [[ "${1:-}" == "--test" ]]; then
  want+=(postgresql chromium chromium-driver)
fi
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  echo "armstrace: installing system packages: ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
else
  cat >&2 <<MSG
armstrace needs these system packages, and this machine has no apt-get to install them:
  ${missing[*]}
PyICU (used by normality for transliteration) builds from source against ICU:
install ICU's development files and pkg-config with your package manager
(e.g. 'brew install icu4c pkg-config', 'dnf install libicu-devel pkgconf'), then rerun.
MSG
  exit 1
fi
