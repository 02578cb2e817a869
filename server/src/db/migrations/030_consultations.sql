-- 智能咨询: every question asked and how it was answered, for the staff's list of what residents ask,
-- what the catalogue could not answer, and which answers were rated 有用/没用. No user: questions
-- are asked without signing in, and the stored text has long digit runs (phone, ID numbers) masked.
CREATE TABLE consultation_answers (
  id TEXT PRIMARY KEY,
  question TEXT NOT NULL,
  language TEXT NOT NULL,
  answered INTEGER NOT NULL,
  subject_kind TEXT,
  subject_id TEXT,
  subject_name TEXT,
  rating TEXT,
  asked_at INTEGER NOT NULL,
  rated_at INTEGER
);
CREATE INDEX consultation_answers_asked ON consultation_answers(asked_at);
