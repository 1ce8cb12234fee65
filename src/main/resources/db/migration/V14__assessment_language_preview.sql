-- Issue 14: an assessment's candidate pages can be fixed to one language (null: the candidate's browser decides),
-- and an interviewer's preview of their own assessment is an attempt marked preview, which no result, statistic,
-- similarity report or export counts.
alter table assessment add column language varchar(5);
alter table attempt add column preview boolean default false not null;
