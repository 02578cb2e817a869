-- 电子印章. Each region's seal issuer (a CA certificate and its RSA key) and the enterprises' seals:
-- the seal's key pair is held by the node for the enterprise, its private key encrypted with the
-- node's data key like every other secret; the certificate is signed by the region's issuer.
CREATE TABLE seal_issuers (
  region TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  certificate_pem TEXT NOT NULL,
  private_key_enc TEXT NOT NULL,
  created_at INTEGER NOT NULL
);

CREATE TABLE enterprise_seals (
  id TEXT PRIMARY KEY,
  credit_code TEXT NOT NULL,
  enterprise_name TEXT NOT NULL,
  kind TEXT NOT NULL,
  region TEXT NOT NULL,
  -- The legal representative as the approved 企业开办 application named them (its applicant).
  legal_rep_user_id TEXT,
  application_id TEXT,
  serial TEXT NOT NULL UNIQUE,
  certificate_pem TEXT NOT NULL,
  private_key_enc TEXT NOT NULL,
  status TEXT NOT NULL,
  status_reason TEXT,
  status_changed_at INTEGER,
  issued_at INTEGER NOT NULL,
  valid_until INTEGER NOT NULL
);
CREATE INDEX enterprise_seals_credit_code ON enterprise_seals(credit_code);
CREATE INDEX enterprise_seals_legal_rep ON enterprise_seals(legal_rep_user_id);
CREATE UNIQUE INDEX enterprise_seals_application ON enterprise_seals(application_id);

-- 用印记录: every stamp, kept for the enterprise (who, in what capacity, which document, when).
CREATE TABLE seal_usages (
  id TEXT PRIMARY KEY,
  seal_id TEXT NOT NULL REFERENCES enterprise_seals(id),
  user_id TEXT NOT NULL,
  actor_name_masked TEXT NOT NULL,
  actor_role TEXT NOT NULL,
  document_name TEXT NOT NULL,
  document_sha256 TEXT NOT NULL,
  signature_sha256 TEXT NOT NULL,
  pages INTEGER NOT NULL,
  stamped_at INTEGER NOT NULL
);
CREATE INDEX seal_usages_seal ON seal_usages(seal_id, stamped_at);
CREATE INDEX seal_usages_signature ON seal_usages(signature_sha256);
