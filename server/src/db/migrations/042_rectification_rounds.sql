-- 复查 that does not accept a 整改 reopens it: the inspection gets a new deadline and the
-- enterprise rectifies again. Each round not accepted is kept here — the deadline it answered,
-- the enterprise's confirmation, the review and the new deadline — so both sides see the history.
CREATE TABLE supervision_rectification_rounds (
  id TEXT PRIMARY KEY,
  inspection_id TEXT NOT NULL REFERENCES supervision_inspections(id),
  rectify_by TEXT NOT NULL,
  rectification_note TEXT,
  rectified_at INTEGER NOT NULL,
  rectified_by_name TEXT,
  review_note TEXT NOT NULL,
  reviewed_at INTEGER NOT NULL,
  reviewer_name TEXT NOT NULL,
  next_rectify_by TEXT NOT NULL
);
CREATE INDEX supervision_rectification_rounds_inspection ON supervision_rectification_rounds (inspection_id, reviewed_at);
