-- Back-office roles and offices, routing of applications to an office, and the staff audit.
--
-- A staff account has a role (reviewer, hotline, certificate_officer, supervisor) and an office:
-- a region (GB/T 2260 code of a city, or of the province/municipality for province-wide desks)
-- and a department (a catalogue department name; NULL for a 政务服务中心 综合窗口 that takes every
-- department of its region, and for hotline, 证照 and supervisor desks).
ALTER TABLE staff_members ADD COLUMN id TEXT;
ALTER TABLE staff_members ADD COLUMN region TEXT;
ALTER TABLE staff_members ADD COLUMN department TEXT;
CREATE UNIQUE INDEX staff_members_id ON staff_members(id);

-- The office an application is routed to: its department (already stored) and routed_region,
-- the applicant's city from the real-name ID's district prefix (the first four digits are all a
-- masked ID keeps). A supervisor may assign it to one reviewer (assigned_staff_id).
ALTER TABLE applications ADD COLUMN routed_region TEXT;
ALTER TABLE applications ADD COLUMN assigned_staff_id TEXT;
UPDATE applications SET routed_region = (
  SELECT CASE WHEN substr(r.id_number_masked, 1, 2) IN ('11', '12', '31', '50')
    THEN substr(r.id_number_masked, 1, 2) || '0000'
    ELSE substr(r.id_number_masked, 1, 4) || '00' END
  FROM real_names r WHERE r.user_id = applications.user_id
);
CREATE INDEX applications_routed ON applications(routed_region, submitted_at);

-- Every staff read-for-review and action: who (staff id, user, role, office), what, on what,
-- why and when. Rows are never updated or deleted by the application.
CREATE TABLE staff_audit (
  id INTEGER PRIMARY KEY,
  staff_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  role TEXT NOT NULL,
  region TEXT NOT NULL,
  department TEXT,
  action TEXT NOT NULL,
  target_kind TEXT NOT NULL CHECK (target_kind IN ('application', 'case', 'certificate')),
  target_id TEXT NOT NULL,
  target_region TEXT,
  reason TEXT,
  at INTEGER NOT NULL
);
CREATE INDEX staff_audit_region ON staff_audit(region, id);
CREATE INDEX staff_audit_target_region ON staff_audit(target_region, id);
