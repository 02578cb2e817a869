-- The service catalogue (reference data, re-seeded idempotently on start) and what each user
-- keeps of it: favourites and recently opened services, which follow the account across devices.

CREATE TABLE cities (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  short_name TEXT NOT NULL,
  lat REAL NOT NULL,
  lng REAL NOT NULL
);

CREATE TABLE certificate_classes (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  holder TEXT NOT NULL,
  data_json TEXT NOT NULL
);

-- The whole ServiceItem as JSON (validated against the contract when seeded); the columns are
-- what SQL needs to join and order on.
CREATE TABLE services (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  department TEXT NOT NULL,
  popularity INTEGER NOT NULL,
  data_json TEXT NOT NULL
);

CREATE TABLE halls (
  id TEXT PRIMARY KEY,
  city TEXT NOT NULL REFERENCES cities(code),
  kind TEXT NOT NULL CHECK (kind IN ('hall', 'kiosk')),
  data_json TEXT NOT NULL
);

CREATE TABLE favorites (
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  service_code TEXT NOT NULL REFERENCES services(code),
  created_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, service_code)
);

CREATE TABLE recents (
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  service_code TEXT NOT NULL REFERENCES services(code),
  used_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, service_code)
);
CREATE INDEX recents_by_user_time ON recents (user_id, used_at DESC);
