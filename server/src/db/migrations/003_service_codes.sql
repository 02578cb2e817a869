-- 政务服务码 / 企业码 (scqr-v1): trust lists, issued codes, registered verifiers, online resolution
-- and the holder's 用码记录. Times are epoch milliseconds (UTC).

-- The node's own signed trust list (source 'own') and the peer regions' lists it fetched and
-- checked against their pinned anchors, so verification never calls a peer at scan time.
CREATE TABLE trust_lists (
  region TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  version INTEGER NOT NULL,
  jws TEXT NOT NULL,
  -- The parsed list's entries as JSON: the own list bumps its version when they change.
  entries_json TEXT NOT NULL,
  issued_at INTEGER NOT NULL,
  next_update INTEGER NOT NULL,
  fetched_at INTEGER NOT NULL
);

-- Who holds a code (by its 16-byte cti, base64), so §5 resolution finds the holder. Kept until
-- exp + 1 day; the code itself carries only the pseudonymous subject.
CREATE TABLE issued_codes (
  cti TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  enterprise_id TEXT REFERENCES enterprises(id),
  kind TEXT NOT NULL CHECK (kind IN ('person', 'enterprise')),
  iat INTEGER NOT NULL,
  exp INTEGER NOT NULL
);
CREATE INDEX issued_codes_exp ON issued_codes(exp);

-- Registered verifier organisations (§5) and their demo member accounts, by phone HMAC: a user
-- who signs in with such a phone scans for that organisation.
CREATE TABLE verifier_organisations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('window', 'hotel', 'transit')),
  region TEXT NOT NULL,
  scopes_json TEXT NOT NULL
);

CREATE TABLE verifier_members (
  phone_hash TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES verifier_organisations(id) ON DELETE CASCADE
);

-- A GSC1 code resolves once per verifier organisation: the primary key makes the claim atomic.
CREATE TABLE code_resolutions (
  cti TEXT NOT NULL,
  organisation_id TEXT NOT NULL,
  resolved_at INTEGER NOT NULL,
  exp INTEGER NOT NULL,
  PRIMARY KEY (cti, organisation_id)
);
CREATE INDEX code_resolutions_exp ON code_resolutions(exp);

-- 用码记录: who resolved the holder's code, when, and which attributes they read. The verifier is
-- copied, so the record stays readable if the organisation is renamed or removed.
CREATE TABLE code_usage (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  at INTEGER NOT NULL,
  organisation_id TEXT NOT NULL,
  verifier_name TEXT NOT NULL,
  verifier_kind TEXT NOT NULL,
  verifier_region TEXT NOT NULL,
  code_kind TEXT NOT NULL CHECK (code_kind IN ('GSC', 'ECP')),
  read_json TEXT NOT NULL
);
CREATE INDEX code_usage_user ON code_usage(user_id, at);

-- The development registry's credit profile (纳税信用等级, licences) shown with a 企业码.
ALTER TABLE registry_enterprises ADD COLUMN credit_rating TEXT;
ALTER TABLE registry_enterprises ADD COLUMN licences_json TEXT;
