-- Who a submission belongs to: a practising browser (PRACTICE, readable through the public API) or an assessment
-- attempt (ATTEMPT, readable only through the candidate API and by staff). Attempt submissions were recorded with
-- client 'attempt-<id>'.
alter table submission add column origin varchar(10) default 'PRACTICE' not null;
update submission set origin = 'ATTEMPT' where client like 'attempt-%';
