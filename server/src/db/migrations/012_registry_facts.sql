-- What the enterprise registry confirms about an enterprise for 一企一档 (industry, size,
-- qualifications), as JSON; the development registry's copy, read by its provider.
ALTER TABLE registry_enterprises ADD COLUMN facts_json TEXT;
