-- Identity: users, real-name verification, sessions, SMS login codes, enterprises.
-- Times are epoch milliseconds (UTC). Personal data is stored encrypted (*_enc, AES-256-GCM with
-- the data key in DATA_DIR/secrets) with an HMAC (*_hash) for lookups and the masked form for
-- display; the clear values never reach this file.

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  phone_hash TEXT UNIQUE,
  phone_enc TEXT,
  phone_masked TEXT,
  weapp_openid_hash TEXT UNIQUE,
  weapp_openid_enc TEXT,
  created_at INTEGER NOT NULL
);

CREATE TABLE real_names (
  user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  name_enc TEXT NOT NULL,
  name_masked TEXT NOT NULL,
  -- One citizen, one verified account.
  id_number_hash TEXT NOT NULL UNIQUE,
  id_number_enc TEXT NOT NULL,
  id_number_masked TEXT NOT NULL,
  verified_at INTEGER NOT NULL
);

-- The development enterprise registry (seeded demo data). A production node asks the real
-- registry through EnterpriseRegistryProvider instead and never reads this table.
CREATE TABLE registry_enterprises (
  credit_code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  legal_representative TEXT NOT NULL,
  region_code TEXT NOT NULL
);

-- Snapshot of the registry record taken when a user binds an enterprise.
CREATE TABLE enterprises (
  id TEXT PRIMARY KEY,
  credit_code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  legal_representative TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);

CREATE TABLE enterprise_bindings (
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  enterprise_id TEXT NOT NULL REFERENCES enterprises(id),
  role TEXT NOT NULL CHECK (role IN ('legal_representative', 'agent')),
  bound_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, enterprise_id)
);
CREATE INDEX enterprise_bindings_enterprise ON enterprise_bindings(enterprise_id);

-- Only the SHA-256 of the bearer token is kept. Acting-as (个人/法人) belongs to the session, so
-- switching to an enterprise on one device does not switch the others.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  login_method TEXT NOT NULL CHECK (login_method IN ('sms', 'weapp')),
  acting_as_enterprise_id TEXT REFERENCES enterprises(id),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE INDEX sessions_expires ON sessions(expires_at);

-- The latest login code per phone, as an HMAC; a new send replaces it.
CREATE TABLE sms_codes (
  phone_hash TEXT PRIMARY KEY,
  code_hash TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  consumed_at INTEGER
);

-- One row per code sent, for the per-phone and per-IP send limits.
CREATE TABLE sms_sends (
  id INTEGER PRIMARY KEY,
  phone_hash TEXT NOT NULL,
  ip_hash TEXT NOT NULL,
  sent_at INTEGER NOT NULL
);
CREATE INDEX sms_sends_phone ON sms_sends(phone_hash, sent_at);
CREATE INDEX sms_sends_ip ON sms_sends(ip_hash, sent_at);
CREATE INDEX sms_sends_time ON sms_sends(sent_at);
