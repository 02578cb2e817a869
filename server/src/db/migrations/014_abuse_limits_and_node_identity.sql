-- SMS sends also remember the requesting device (X-Device-Id, a hint the app sends), so limits
-- can fall on whoever asks instead of on the phone's owner.
ALTER TABLE sms_sends ADD COLUMN device_hash TEXT;
CREATE INDEX sms_sends_device ON sms_sends(device_hash, sent_at);

-- The pairwise subject a code carried (scqr-v1 §2): one per batch, mapped back to the holder here.
ALTER TABLE issued_codes ADD COLUMN sub TEXT;
CREATE INDEX issued_codes_sub ON issued_codes(sub);

-- Facts about the database itself. `database_id` is also written to DATA_DIR/database.json, so a
-- node can tell "a new database" from "my database vanished or was emptied".
CREATE TABLE node_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
