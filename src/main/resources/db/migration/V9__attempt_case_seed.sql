-- Each attempt gets its own hidden cases of an exercise: generated from this per-attempt random variant seed
-- (bank.CaseGenerator), so hidden outcomes shared between candidates do not transfer. The submission keeps the seed
-- it is graded on, since the grading workers know submissions, not attempts. Null (attempts invited before this
-- column, and all practice submissions): the seeds written in exercise.yaml.
alter table attempt add column case_seed bigint;
alter table submission add column case_seed bigint;
