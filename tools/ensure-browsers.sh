#!/usr/bin/env bash
# The real-browser tests drive Debian's Chromium (test/e2e) and Firefox ESR (test/e2e-firefox). Install
# what is missing (as root, with apt-get); otherwise say how. PLAINLY_CHROMIUM and PLAINLY_FIREFOX override
# where the tests look for the browsers.
set -euo pipefail

found() {
  for candidate in "$@"; do
    if [[ -n "$candidate" && -x "$candidate" ]]; then return 0; fi
  done
  return 1
}

missing=()
found "${PLAINLY_CHROMIUM:-}" /usr/lib/chromium/chromium /usr/bin/chromium || missing+=(chromium fonts-liberation)
found "${PLAINLY_FIREFOX:-}" /usr/bin/firefox-esr /usr/bin/firefox || missing+=(firefox-esr)
if [[ ${#missing[@]} -eq 0 ]]; then exit 0; fi

if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "ensure-browsers: installing ${missing[*]} for the end-to-end tests" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi
echo "ensure-browsers: missing ${missing[*]}. Install them (Debian/Ubuntu: sudo apt-get install -y ${missing[*]})," >&2
echo "or set PLAINLY_CHROMIUM to a Chromium binary (not Google Chrome: it ignores --load-extension)" >&2
echo "and PLAINLY_FIREFOX to a Firefox (ESR 140 or later) binary." >&2
exit 1
