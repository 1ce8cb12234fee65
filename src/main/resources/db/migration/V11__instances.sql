-- Every running instance writes its row at start and refreshes seen_at while it runs (the status page lists those
-- seen in the last minute); a graceful stop deletes it, a killed one simply stops being seen.
create table instance_heartbeat (
    id         varchar(100) primary key,
    role       varchar(10)  not null,
    started_at timestamp with time zone not null,
    seen_at    timestamp with time zone not null
);
