-- PAdES B-T: each region's time-stamping authority, run by the node under the region's seal issuer
-- (its certificate signed by the issuer, ExtendedKeyUsage timeStamping), its key encrypted like the
-- seal keys.
CREATE TABLE seal_timestamp_authorities (
  region TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  certificate_pem TEXT NOT NULL,
  private_key_enc TEXT NOT NULL,
  created_at INTEGER NOT NULL
);

-- Seal keys are encrypted under their own data purpose ('seal-key'); rows written before under
-- 'node-key' say so here, and the node re-encrypts them when it starts.
ALTER TABLE seal_issuers ADD COLUMN key_purpose TEXT NOT NULL DEFAULT 'node-key';
ALTER TABLE enterprise_seals ADD COLUMN key_purpose TEXT NOT NULL DEFAULT 'node-key';
