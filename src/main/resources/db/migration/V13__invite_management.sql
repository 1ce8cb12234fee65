-- Issue 14, the interviewer's invites: a withdrawn invite keeps its row (and a finished attempt its results) but
-- opens nothing; extra minutes are granted to one candidate on top of the time limit; an archived assessment is
-- hidden from the default list and its invites start nothing.
alter table attempt add column revoked_at timestamp with time zone;
alter table attempt add column extra_minutes integer default 0 not null;
alter table assessment add column archived_at timestamp with time zone;
