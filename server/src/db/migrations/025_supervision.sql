-- 一码监督: enforcement inspectors (市场监管, 应急, 生态环境 …), the scans of an enterprise's 企业码
-- they start from, and the inspections they record there.

-- An inspector signs in like anyone (SMS to the office phone, matched by its HMAC) and belongs to
-- one department's office of a region (GB/T 2260: a city, or the province/municipality). They are
-- not 政务服务 back-office staff: they take no applications, so they keep their own table.
CREATE TABLE supervision_inspectors (
  id TEXT PRIMARY KEY,
  phone_hash TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  office TEXT NOT NULL,
  region TEXT NOT NULL,
  department TEXT NOT NULL
);

-- A verified scan of an enterprise's 企业码 by an inspector: an inspection is recorded from one,
-- once, while it is fresh (the inspector is on site).
CREATE TABLE supervision_scans (
  id TEXT PRIMARY KEY,
  inspector_id TEXT NOT NULL REFERENCES supervision_inspectors(id),
  enterprise_id TEXT NOT NULL REFERENCES enterprises(id),
  enterprise_region TEXT NOT NULL,
  scanned_at INTEGER NOT NULL
);

-- The inspection. enterprise_region is the city of the registration authority (credit code digits
-- 3–8), the office region that may inspect it. Departments and matters are JSON arrays; the
-- departments also go into supervision_inspection_departments so an office lists its own.
-- rectify_by is a China calendar date (YYYY-MM-DD); rectified_* are the enterprise's 整改 answer.
CREATE TABLE supervision_inspections (
  id TEXT PRIMARY KEY,
  scan_id TEXT NOT NULL UNIQUE REFERENCES supervision_scans(id),
  enterprise_id TEXT NOT NULL REFERENCES enterprises(id),
  enterprise_region TEXT NOT NULL,
  inspector_id TEXT NOT NULL REFERENCES supervision_inspectors(id),
  inspector_name TEXT NOT NULL,
  office TEXT NOT NULL,
  task_kind TEXT NOT NULL CHECK (task_kind IN ('random_draw', 'complaint')),
  task_ref TEXT NOT NULL,
  departments_json TEXT NOT NULL,
  matters_json TEXT NOT NULL,
  findings TEXT NOT NULL,
  result TEXT NOT NULL CHECK (result IN ('pass', 'rectify', 'case_filed')),
  rectify_by TEXT,
  repeat_reason TEXT,
  recorded_at INTEGER NOT NULL,
  rectification_note TEXT,
  rectified_at INTEGER,
  rectified_by_name TEXT
);
CREATE INDEX supervision_inspections_enterprise ON supervision_inspections(enterprise_id, recorded_at);

CREATE TABLE supervision_inspection_departments (
  inspection_id TEXT NOT NULL REFERENCES supervision_inspections(id),
  department TEXT NOT NULL,
  enterprise_region TEXT NOT NULL,
  recorded_at INTEGER NOT NULL,
  PRIMARY KEY (inspection_id, department)
);
CREATE INDEX supervision_inspection_departments_office ON supervision_inspection_departments(department, enterprise_region, recorded_at);

-- Photos of the findings (the inspector's uploads) and evidence of 整改 (the enterprise's).
CREATE TABLE supervision_photos (
  id TEXT PRIMARY KEY,
  inspection_id TEXT NOT NULL REFERENCES supervision_inspections(id),
  upload_id TEXT NOT NULL REFERENCES uploads(id),
  kind TEXT NOT NULL CHECK (kind IN ('finding', 'evidence')),
  added_at INTEGER NOT NULL,
  UNIQUE (inspection_id, upload_id)
);
CREATE INDEX supervision_photos_inspection ON supervision_photos(inspection_id);
