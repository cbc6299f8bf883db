#!/usr/bin/env bash
# The whole suite: unit, integration against PostgreSQL, attacks over HTTP and e2e in Chromium
# (both on the production build).
# Integration tests use TEST_DATABASE_URL, else DATABASE_URL, else an embedded PostgreSQL;
# the Redis rate-limit store test uses TEST_REDIS_URL, REDIS_URL, the local Redis, or a throwaway redis-server.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export TEST_DATABASE_URL="${TEST_DATABASE_URL:-${DATABASE_URL:-}}"

step() { printf '\n== %s\n' "$1"; }

step "prisma generate"
npm run --silent db:generate

step "unit tests"
npx vitest run --project unit

step "integration tests (${TEST_DATABASE_URL:+PostgreSQL server}${TEST_DATABASE_URL:-embedded PostgreSQL})"
redis_pid_file=$(mktemp)
trap 'if [ -s "$redis_pid_file" ]; then kill "$(cat "$redis_pid_file")" 2>/dev/null || true; fi; rm -f "$redis_pid_file"' EXIT
TEST_REDIS_URL="$(bash scripts/ensure-redis.sh "$redis_pid_file")"
export TEST_REDIS_URL
npx vitest run --project integration

step "production build"
CHROMIUM_PATH="$(bash scripts/ensure-chromium.sh)"
export CHROMIUM_PATH
if [ "${SKIP_BUILD:-}" != "1" ]; then npm run --silent build; fi
npm run --silent bundle-report

step "attack tests over HTTP on the production build (real limits)"
npx vitest run --project attack

step "e2e tests in Chromium"
npx playwright test
