-- A refused staff attempt (another role's action, another office's matter, one's own matter)
-- is audited like a done one, with the refusal code here; NULL for an action that went through.
-- target_id '*' marks an attempt on a whole queue rather than one matter.
ALTER TABLE staff_audit ADD COLUMN refused TEXT;
