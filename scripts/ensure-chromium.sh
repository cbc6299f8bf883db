#!/usr/bin/env bash
# Finds a Chromium for the e2e tests, or says how to get one and tries to install it.
set -u
candidate="${CHROMIUM_PATH:-}"
for c in "$candidate" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  if [ -n "$c" ] && [ -x "$c" ]; then echo "$c"; exit 0; fi
done
cat >&2 <<'MSG'
No Chromium found for the end-to-end tests.
  Debian/Ubuntu:  apt-get install -y chromium          (then CHROMIUM_PATH=/usr/bin/chromium)
  Elsewhere:      npx playwright install chromium      (where the network allows it)
Trying to install it now…
MSG
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2 && [ -x /usr/bin/chromium ] && { echo /usr/bin/chromium; exit 0; }
fi
if npx --no-install playwright install chromium >&2; then
  found=$(ls -d "$HOME"/.cache/ms-playwright/chromium-*/chrome-linux*/chrome 2>/dev/null | head -n 1)
  [ -n "$found" ] && { echo "$found"; exit 0; }
fi
echo "Could not install Chromium; install it as above and run npm test again." >&2
exit 1
