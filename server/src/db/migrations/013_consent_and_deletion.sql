-- Which version of the 用户服务协议 and 隐私政策 the user agreed to, and when (个人信息保护法 §14:
-- consent is given to a stated text).
ALTER TABLE users ADD COLUMN consent_version TEXT;
ALTER TABLE users ADD COLUMN consented_at INTEGER;
-- 注销账号: the row stays as a tombstone, because the records the law keeps (applications and their
-- decisions, 12345 cases, verification audit) refer to it; everything that identified the person is gone.
ALTER TABLE users ADD COLUMN deleted_at INTEGER;
