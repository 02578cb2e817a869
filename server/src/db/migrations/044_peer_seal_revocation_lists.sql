-- The other regions' seal revocation lists (X.509 CRLs signed by their seal issuers), fetched with
-- the peer status lists and checked against the issuer their trust list vouches for: one row per
-- issuer, replaced only by a newer list. A seal of that region is suspended or revoked here offline
-- from this copy.
CREATE TABLE peer_seal_revocation_lists (
  issuer_kid TEXT PRIMARY KEY,
  region TEXT NOT NULL,
  crl_base64 TEXT NOT NULL,
  this_update INTEGER NOT NULL,
  next_update INTEGER NOT NULL,
  source TEXT NOT NULL,
  fetched_at INTEGER NOT NULL
);
