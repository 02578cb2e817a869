-- 复查: the inspecting department's review of a 整改 the enterprise confirmed — accepted or not,
-- with its note, who and when. Set once; a review that does not accept is followed by a new check.
ALTER TABLE supervision_inspections ADD COLUMN review_result TEXT;
ALTER TABLE supervision_inspections ADD COLUMN review_note TEXT;
ALTER TABLE supervision_inspections ADD COLUMN reviewed_at INTEGER;
ALTER TABLE supervision_inspections ADD COLUMN reviewer_name TEXT;
