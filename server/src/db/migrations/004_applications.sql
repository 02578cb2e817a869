-- 办件 (issue 4): uploads, drafts, applications with their audited transitions, 好差评,
-- messages, 12345 cases and the back-office staff. Times are epoch milliseconds (UTC); dates
-- (deadline) are China calendar dates YYYY-MM-DD.

-- Files live under DATA_DIR/uploads/<id>; only the owner reads or references them.
CREATE TABLE uploads (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX uploads_user ON uploads(user_id);

-- One draft per user and service; the client's updated_at decides which save wins.
CREATE TABLE drafts (
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  service_code TEXT NOT NULL,
  values_json TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  saved_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, service_code)
);

-- A bundle (一件事) is a parent row plus one row per member department (parent_id set); the
-- parent's status is derived from its children when read. The idempotency key is unique per
-- user: concurrent retries meet the constraint, not a race.
CREATE TABLE applications (
  id TEXT PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  parent_id TEXT REFERENCES applications(id),
  is_bundle INTEGER NOT NULL DEFAULT 0,
  member_key TEXT,
  service_code TEXT NOT NULL,
  service_name TEXT NOT NULL,
  department TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('submitted', 'accepted', 'correction_requested', 'approved', 'rejected')),
  values_json TEXT NOT NULL,
  correction_json TEXT,
  deadline TEXT NOT NULL,
  idempotency_key TEXT,
  body_hash TEXT,
  submitted_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (user_id, idempotency_key)
);
CREATE INDEX applications_user ON applications(user_id, submitted_at);
CREATE INDEX applications_parent ON applications(parent_id);
CREATE INDEX applications_status ON applications(status, submitted_at);

-- The audit trail: every submission, 补正 and staff action, who, when, from, to, why.
CREATE TABLE application_events (
  id INTEGER PRIMARY KEY,
  application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
  action TEXT NOT NULL,
  from_status TEXT,
  to_status TEXT NOT NULL,
  actor_kind TEXT NOT NULL CHECK (actor_kind IN ('applicant', 'staff')),
  actor_user_id TEXT NOT NULL,
  staff_name TEXT,
  reason TEXT,
  at INTEGER NOT NULL
);
CREATE INDEX application_events_app ON application_events(application_id, id);

-- 好差评: once per application (the primary key); a 差评 carries a follow-up for staff.
CREATE TABLE ratings (
  application_id TEXT PRIMARY KEY REFERENCES applications(id) ON DELETE CASCADE,
  user_id TEXT NOT NULL,
  score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
  tags_json TEXT NOT NULL,
  comment TEXT,
  rated_at INTEGER NOT NULL,
  follow_up_status TEXT CHECK (follow_up_status IN ('open', 'answered')),
  follow_up_reply TEXT,
  follow_up_staff TEXT,
  follow_up_at INTEGER
);

-- 消息中心. dedupe_key makes a lazily generated reminder appear once.
CREATE TABLE messages (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  application_id TEXT,
  case_id TEXT,
  service_name TEXT,
  status TEXT,
  deadline TEXT,
  remaining_days INTEGER,
  dedupe_key TEXT UNIQUE,
  created_at INTEGER NOT NULL,
  read_at INTEGER
);
CREATE INDEX messages_user ON messages(user_id, created_at);

-- 12345 诉求.
CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  category TEXT NOT NULL,
  content TEXT NOT NULL,
  place TEXT,
  photo_ids_json TEXT NOT NULL,
  application_id TEXT REFERENCES applications(id),
  status TEXT NOT NULL CHECK (status IN ('open', 'replied', 'closed')),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX cases_user ON cases(user_id, created_at);

CREATE TABLE case_replies (
  id INTEGER PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  from_kind TEXT NOT NULL CHECK (from_kind IN ('citizen', 'staff')),
  author_user_id TEXT NOT NULL,
  staff_name TEXT,
  content TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX case_replies_case ON case_replies(case_id, id);

-- Back-office accounts (seeded). The phone is an office test number, not a citizen's: it is kept
-- in clear so the seed can write it without the data key; sign-in matches its HMAC.
CREATE TABLE staff_members (
  phone TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  office TEXT NOT NULL,
  role TEXT NOT NULL
);
