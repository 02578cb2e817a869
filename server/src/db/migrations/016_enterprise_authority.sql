-- Who may act for an enterprise: the legal representative, proven by the enterprise registry
-- (name and citizen ID), and agents (经办人) the representative authorizes for named scopes until
-- an end date. Every action taken for the enterprise is logged for the representative to see.

-- The development registry keeps the SHA-256 of its legal representatives' ID numbers (fictional
-- demo people), so a binding can be checked against name AND ID without the ID in clear.
ALTER TABLE registry_enterprises ADD COLUMN legal_representative_id_sha256 TEXT;

-- Bindings made while the role was decided by a name match, and agents bound with no authorization
-- at all, prove nothing: they are dropped and their users bind again under the new rules.
UPDATE sessions SET acting_as_enterprise_id = NULL WHERE acting_as_enterprise_id IS NOT NULL;
DELETE FROM enterprise_bindings;

-- 经办人授权. The grantee is named by citizen ID (HMAC, as in real_names) and name (HMAC of the
-- normalized name); only masked forms are kept for display.
CREATE TABLE enterprise_authorizations (
  id TEXT PRIMARY KEY,
  enterprise_id TEXT NOT NULL REFERENCES enterprises(id),
  granted_by TEXT NOT NULL,
  grantee_id_number_hash TEXT NOT NULL,
  grantee_id_number_masked TEXT NOT NULL,
  grantee_name_hash TEXT NOT NULL,
  grantee_name_masked TEXT NOT NULL,
  scopes_json TEXT NOT NULL,
  valid_until INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  revoked_at INTEGER
);
CREATE INDEX enterprise_authorizations_enterprise ON enterprise_authorizations(enterprise_id);
CREATE INDEX enterprise_authorizations_grantee ON enterprise_authorizations(grantee_id_number_hash);

-- Who did what for the enterprise. No foreign key to users: the record outlives a 注销 account,
-- and names only the masked real name it had.
CREATE TABLE enterprise_activity (
  id TEXT PRIMARY KEY,
  enterprise_id TEXT NOT NULL REFERENCES enterprises(id),
  user_id TEXT NOT NULL,
  actor_name_masked TEXT NOT NULL,
  actor_role TEXT NOT NULL,
  action TEXT NOT NULL,
  detail TEXT,
  at INTEGER NOT NULL
);
CREATE INDEX enterprise_activity_enterprise ON enterprise_activity(enterprise_id, at);
