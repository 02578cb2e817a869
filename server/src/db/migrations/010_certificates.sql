-- 电子证照 wallet, 亮证 and status lists (issue 6, scqr-v1 §3, §6). Times are epoch milliseconds.

-- The certificates this node issued to its own residents and enterprises. A person's certificate
-- is held under the HMAC of the citizen ID (the same HMAC real_names keeps for lookup), so it
-- reaches whoever completes real-name verification with that ID; an enterprise's under its
-- 统一社会信用代码. Every field value is in fields_enc (AES-256-GCM), the photo in photo_enc.
CREATE TABLE certificates (
  id TEXT PRIMARY KEY,                    -- GB/T 36904 identifier with its MOD 37,36 check
  class_code TEXT NOT NULL,
  holder_kind TEXT NOT NULL CHECK (holder_kind IN ('person', 'enterprise')),
  holder_key TEXT NOT NULL,
  -- Set when an approval issued it to an applicant whose holder key is not enough (a 出生医学证明
  -- held by a parent, a new enterprise's 营业执照): that account sees it too.
  holder_user_id TEXT REFERENCES users(id) ON DELETE SET NULL,
  holder_name_masked TEXT NOT NULL,
  fields_enc TEXT NOT NULL,
  photo_enc TEXT,
  photo_digest TEXT,                      -- hex, first 16 bytes of SHA-256 of the JPEG (scqr-v1 ph)
  status TEXT NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'suspended', 'revoked')),
  lost_reported INTEGER NOT NULL DEFAULT 0,
  list_id TEXT NOT NULL,
  list_index INTEGER NOT NULL,
  valid_from TEXT,
  valid_to TEXT,
  source TEXT NOT NULL CHECK (source IN ('seed', 'application')),
  application_id TEXT,
  issued_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (list_id, list_index)
);
CREATE INDEX certificates_holder ON certificates(holder_kind, holder_key);
CREATE INDEX certificates_holder_user ON certificates(holder_user_id);
CREATE UNIQUE INDEX certificates_application ON certificates(application_id, class_code) WHERE application_id IS NOT NULL;

-- Every status change (staff revocation, the holder's 挂失), audited.
CREATE TABLE certificate_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  certificate_id TEXT NOT NULL REFERENCES certificates(id) ON DELETE CASCADE,
  at INTEGER NOT NULL,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  actor_kind TEXT NOT NULL CHECK (actor_kind IN ('staff', 'holder', 'system')),
  actor_user_id TEXT,
  staff_name TEXT,
  reason TEXT
);
CREATE INDEX certificate_events_certificate ON certificate_events(certificate_id, at);

-- Presentations this node signed (by cti), so an online resolution finds the certificate and
-- the account that showed it (用证记录). Kept until exp + 1 day.
CREATE TABLE certificate_presentations (
  cti TEXT PRIMARY KEY,
  certificate_id TEXT NOT NULL REFERENCES certificates(id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('online', 'offline')),
  iat INTEGER NOT NULL,
  exp INTEGER NOT NULL
);
CREATE INDEX certificate_presentations_exp ON certificate_presentations(exp);

-- 用证记录.
CREATE TABLE certificate_usage (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  certificate_id TEXT NOT NULL,
  class_code TEXT NOT NULL,
  at INTEGER NOT NULL,
  organisation_id TEXT NOT NULL,
  verifier_name TEXT NOT NULL,
  verifier_kind TEXT NOT NULL,
  verifier_region TEXT NOT NULL,
  fields_json TEXT NOT NULL,
  photo INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX certificate_usage_user ON certificate_usage(user_id, at);

-- Short-lived re-authentication (5 min) that reveals sensitive fields; stored as SHA-256.
CREATE TABLE reauth_tokens (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  session_token_hash TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);

-- The peer region's status lists, fetched with its trust list, so a scan never calls the peer.
CREATE TABLE peer_status_lists (
  list_id TEXT PRIMARY KEY,
  region TEXT NOT NULL,
  encoded TEXT NOT NULL,
  size INTEGER NOT NULL,
  source TEXT NOT NULL,
  fetched_at INTEGER NOT NULL
);
