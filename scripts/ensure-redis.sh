#!/usr/bin/env bash
# Prints a Redis URL for the rate-limit store tests: TEST_REDIS_URL, REDIS_URL or the local server when one
# answers, else a throwaway redis-server on a free loopback port (installed from Debian's
# packages when missing and we are root). Its pid goes to $1 so the caller can stop it.
set -u
pid_file="${1:-}"
url="${TEST_REDIS_URL:-${REDIS_URL:-redis://127.0.0.1:6379}}"
answers() { node -e '
  const u = new URL(process.argv[1]);
  const s = require("node:net").connect(Number(u.port) || 6379, u.hostname || "127.0.0.1");
  s.setTimeout(1000, () => process.exit(1));
  s.on("connect", () => s.write("PING\r\n"));
  s.on("data", (d) => process.exit(String(d).startsWith("+PONG") || String(d).startsWith("-NOAUTH") ? 0 : 1));
  s.on("error", () => process.exit(1));' "$1"; }
if answers "$url"; then echo "$url"; exit 0; fi
if [ -n "${TEST_REDIS_URL:-}${REDIS_URL:-}" ]; then echo "Redis at $url does not answer." >&2; exit 1; fi

if ! command -v redis-server >/dev/null 2>&1; then
  cat >&2 <<'MSG'
No Redis server for the rate-limit store tests (set REDIS_URL, or install one:
  Debian/Ubuntu:  apt-get install -y redis-server). Trying to install it now…
MSG
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server) >&2
  fi
  command -v redis-server >/dev/null 2>&1 || { echo "Could not install Redis; install it as above and run npm test again." >&2; exit 1; }
fi
port=$(node -e 'const s=require("node:net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
dir=$(mktemp -d)
redis-server --port "$port" --bind 127.0.0.1 --save "" --appendonly no --dir "$dir" --daemonize yes --pidfile "$dir/redis.pid" >&2
for _ in $(seq 1 50); do answers "redis://127.0.0.1:$port" && break; sleep 0.1; done
[ -n "$pid_file" ] && cat "$dir/redis.pid" > "$pid_file"
echo "started a throwaway Redis on 127.0.0.1:$port" >&2
echo "redis://127.0.0.1:$port"
