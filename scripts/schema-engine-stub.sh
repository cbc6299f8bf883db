#!/bin/sh
# Stand-in for the native schema engine: `prisma generate` only checks that it exists.
echo "schema engine stub: use npm run db:migration (wasm engine)" >&2
exit 1
