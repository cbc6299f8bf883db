#!/usr/bin/env bash
# The whole suite: unit, integration against PostgreSQL, and e2e in Chromium.
# Integration tests use TEST_DATABASE_URL, else DATABASE_URL, else an embedded PostgreSQL.
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
npx vitest run --project integration

step "e2e tests in Chromium"
CHROMIUM_PATH="$(bash scripts/ensure-chromium.sh)"
export CHROMIUM_PATH
if [ "${SKIP_BUILD:-}" != "1" ]; then npm run --silent build; fi
npm run --silent bundle-report
npx playwright test
