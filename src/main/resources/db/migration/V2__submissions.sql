-- Submissions double as the durable grading queue: status QUEUED -> RUNNING -> DONE. A worker claims a row with a
-- conditional UPDATE (status = 'QUEUED'), which is atomic on H2 and PostgreSQL alike.
create table submission (
    id               varchar(36)  primary key,
    exercise_id      varchar(100) not null,
    exercise_version varchar(64)  not null,
    language         varchar(10)  not null,
    mode             varchar(10)  not null,
    code             varchar(70000) not null,
    status           varchar(10)  not null,
    verdict          varchar(20),
    score            double precision,
    result           varchar(400000),
    client           varchar(100),
    claims           integer      not null,
    gradings         integer      not null,
    created_at       timestamp with time zone not null,
    started_at       timestamp with time zone,
    finished_at      timestamp with time zone
);

create index ix_submission_status on submission (status, created_at);
create index ix_submission_client on submission (client, created_at);
