-- 惠企政策直达快享 (issue 7): the policy catalogue (seeded), 一企一档 profiles, subscriptions,
-- 兑现 grants, and the policy a message is about. Times are epoch milliseconds (UTC).

-- One row per policy, the contract's Policy as JSON; hash tells a changed policy on re-seed.
CREATE TABLE policies (
  id TEXT PRIMARY KEY,
  json TEXT NOT NULL,
  hash TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);

-- 一企一档: one profile per enterprise, shared by every user bound to it.
CREATE TABLE enterprise_profiles (
  enterprise_id TEXT PRIMARY KEY REFERENCES enterprises(id) ON DELETE CASCADE,
  json TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);

-- Policy types a user is pushed about while acting for an enterprise.
CREATE TABLE policy_subscriptions (
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  enterprise_id TEXT NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
  types_json TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, enterprise_id)
);

-- 兑现: once per enterprise, policy and period ('once' or the year). A 免申即享 grant has no
-- application; an applied one follows its application's status.
CREATE TABLE policy_grants (
  id TEXT PRIMARY KEY,
  enterprise_id TEXT NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
  policy_id TEXT NOT NULL,
  period TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('application', 'automatic')),
  user_id TEXT,
  application_id TEXT REFERENCES applications(id),
  amount REAL,
  granted_on TEXT,
  created_at INTEGER NOT NULL,
  UNIQUE (enterprise_id, policy_id, period)
);
CREATE INDEX policy_grants_enterprise ON policy_grants(enterprise_id, created_at);

ALTER TABLE messages ADD COLUMN policy_id TEXT;
