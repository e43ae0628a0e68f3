-- The targets a PCT sets for the PEC's indicators (the defaults of the seeds until it does).
create table indicator_target (
    id bigserial primary key,
    organisation_id bigint not null references organisation (id),
    indicator varchar(40) not null,
    target integer not null check (target between 0 and 999),
    version bigint not null default 0,
    constraint indicator_target_once unique (organisation_id, indicator)
);

-- Each PCT's indicators, kept once a month by a scheduled job: trends and the SHA's comparison read these rather
-- than computing every PCT again.
create table indicator_snapshot (
    organisation_id bigint not null references organisation (id),
    month date not null,
    indicator varchar(40) not null,
    value bigint not null,
    of_total bigint not null,
    status varchar(10) not null,
    taken_at timestamp with time zone not null default now(),
    primary key (organisation_id, month, indicator)
);
create index indicator_snapshot_month on indicator_snapshot (month, organisation_id);
