#!/usr/bin/env bash
# `npm test`: every check the project has, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$*"; }

step "typecheck"
npx tsc --noEmit

step "lint"
npx eslint .

step "unit and component tests (jest)"
npx jest

step "library, server and conformance tests (node:test, real HTTP, real SQLite)"
node --import tsx --test --test-concurrency=1 \
  scqr/__tests__/*.test.ts scripts/conformance/*.test.ts server/test/*.test.ts

step "weapp build check"
npx taro build --type weapp
npx tsx scripts/check-weapp.ts

step "H5 end-to-end journeys (headless Chromium)"
npx taro build --type h5
node --import tsx --test --test-concurrency=1 e2e/*.test.ts
