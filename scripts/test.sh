#!/usr/bin/env bash
# `npm test`: every check the project has, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$*"; }

step "typecheck"
npx tsc --noEmit
# The code library alone, with no Node or DOM types (it runs in the mini-program), and its tests.
npx tsc --noEmit -p scqr/tsconfig.json
npx tsc --noEmit -p scqr/__tests__/tsconfig.json

step "lint"
npx eslint .

step "unit and component tests (jest)"
npx jest

step "module graphs (no import cycles)"
npx madge --circular --extensions ts server/src
npx madge --circular --extensions ts,tsx --ts-config tsconfig.json src

step "library, server and conformance tests (node:test, real HTTP, embedded SQLite)"
node --import tsx --test --test-concurrency=1 \
  scqr/__tests__/*.test.ts scripts/conformance/*.test.ts scripts/lint/*.test.ts server/test/*.test.ts

step "server tests again on PostgreSQL (a throwaway cluster)"
# A subshell, so TEST_DATABASE_URL does not outlive the cluster: later steps start their own
# servers on embedded SQLite.
(
  eval "$(bash scripts/postgres-cluster.sh start)"
  trap 'bash scripts/postgres-cluster.sh stop "$PG_CLUSTER_DIR"' EXIT
  node --import tsx --test --test-concurrency=1 server/test/*.test.ts
)

step "weapp build check"
# TARO_APP_BUILD=test: a release build refuses a non-https API origin (config/weapp-release.ts).
TARO_APP_BUILD=test npx taro build --type weapp
npx tsx scripts/check-weapp.ts

step "mini-program runtime (dist/weapp in WeChat's logic-layer globals, wcc/wcsc, real HTTP)"
node --import tsx --test --test-concurrency=1 scripts/weapp-runtime/*.test.ts

step "H5 end-to-end journeys (headless Chromium)"
npx taro build --type h5
node --import tsx --test --test-concurrency=1 e2e/*.test.ts
