#!/usr/bin/env bash
# The real-browser tests drive Debian's Chromium. Install it when it is missing (as root, with apt-get);
# otherwise say how. CHROMIUM_PATH overrides where the tests look for it.
set -euo pipefail
for candidate in "${CHROMIUM_PATH:-}" /usr/lib/chromium/chromium /usr/bin/chromium /usr/bin/chromium-browser; do
  if [[ -n "$candidate" && -x "$candidate" ]]; then exit 0; fi
done
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "ensure-chromium: installing Debian's chromium for the end-to-end tests" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
  exit 0
fi
echo "ensure-chromium: Chromium not found. Install it (Debian/Ubuntu: sudo apt-get install -y chromium)" >&2
echo "or set CHROMIUM_PATH to a Chromium binary (not Google Chrome: it ignores --load-extension)." >&2
exit 1
