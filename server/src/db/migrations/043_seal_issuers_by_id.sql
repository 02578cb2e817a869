-- A region's seal issuer can be withdrawn (a compromised key) and replaced by a new one, so a region
-- has several issuers over time: issuers are keyed by their own id, and at most one per region is
-- in use (withdrawn_at NULL). The time-stamping authority is certified by one issuer and goes with
-- it; each seal names the issuer that signed its certificate. Rows from before keep the id
-- 'sir_<region>' (one issuer per region until now).
CREATE TABLE seal_issuers_by_id (
  id TEXT PRIMARY KEY,
  region TEXT NOT NULL,
  name TEXT NOT NULL,
  certificate_pem TEXT NOT NULL,
  private_key_enc TEXT NOT NULL,
  key_purpose TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  withdrawn_at INTEGER,
  withdrawn_reason TEXT
);
INSERT INTO seal_issuers_by_id (id, region, name, certificate_pem, private_key_enc, key_purpose, created_at)
  SELECT 'sir_' || region, region, name, certificate_pem, private_key_enc, key_purpose, created_at FROM seal_issuers;
DROP TABLE seal_issuers;
ALTER TABLE seal_issuers_by_id RENAME TO seal_issuers;
CREATE UNIQUE INDEX seal_issuers_in_use ON seal_issuers(region) WHERE withdrawn_at IS NULL;

CREATE TABLE seal_timestamp_authorities_by_issuer (
  issuer_id TEXT PRIMARY KEY,
  region TEXT NOT NULL,
  name TEXT NOT NULL,
  certificate_pem TEXT NOT NULL,
  private_key_enc TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
INSERT INTO seal_timestamp_authorities_by_issuer (issuer_id, region, name, certificate_pem, private_key_enc, created_at)
  SELECT 'sir_' || region, region, name, certificate_pem, private_key_enc, created_at FROM seal_timestamp_authorities;
DROP TABLE seal_timestamp_authorities;
ALTER TABLE seal_timestamp_authorities_by_issuer RENAME TO seal_timestamp_authorities;

ALTER TABLE enterprise_seals ADD COLUMN issuer_id TEXT NOT NULL DEFAULT '';
UPDATE enterprise_seals SET issuer_id = 'sir_' || region;
-- The issuer's revocation list reads its suspended and revoked seals.
CREATE INDEX enterprise_seals_issuer_status ON enterprise_seals(issuer_id, status);
