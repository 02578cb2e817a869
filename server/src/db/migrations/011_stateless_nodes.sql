-- State that used to sit in a node's memory or data directory, so that any node of a cluster
-- answers any request and a node can be killed at any time.

-- The region's trust anchor and document-signing keys (scqr-v1 §1, §4), each private JWK
-- encrypted with the node's data key. The newest signing key valid now signs new codes.
CREATE TABLE node_keys (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('anchor', 'signing')),
  region TEXT NOT NULL,
  jwk_enc TEXT NOT NULL,
  public_jwk TEXT NOT NULL,
  valid_from INTEGER,
  valid_to INTEGER,
  created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX node_keys_one_anchor ON node_keys(region) WHERE kind = 'anchor';

-- Upload bytes, encrypted, written in the same transaction as their row.
ALTER TABLE uploads ADD COLUMN content_enc TEXT;

-- Fixed-window request counters of the per-IP limiter, shared by every node.
CREATE TABLE rate_limits (
  key TEXT PRIMARY KEY,
  window_start INTEGER NOT NULL,
  hits INTEGER NOT NULL
);

-- Background work (peer trust-list fetches, reminders, policy pushes) runs on one node at a
-- time: the node holding a job's unexpired lease.
CREATE TABLE leases (
  job TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
