-- Staff accounts can be disabled, and every session names the epoch it was issued in: a password change, a new
-- password set by an admin or disabling the account moves the epoch on, which ends the account's sessions.
ALTER TABLE staff_account ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE staff_account ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;
