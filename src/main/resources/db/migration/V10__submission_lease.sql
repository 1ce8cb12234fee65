-- The grading queue shared by several instances (docs/operations.md, "Grading queue and leases"): a worker claims a
-- row with SELECT ... FOR UPDATE SKIP LOCKED and holds it under a lease, claimed_by (the instance) until lease_until,
-- extended by a heartbeat while it grades. A RUNNING row is taken over only when its lease has expired; a RUNNING
-- row without a lease (left by a version before this one, which had a single instance) counts as expired.
alter table submission add column claimed_by varchar(100);
alter table submission add column lease_until timestamp with time zone;
