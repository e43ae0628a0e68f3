-- Whether a PCT publishes the PEC's annual report on its public pages (/public/{pctCode}/report.pdf).
create table annual_report_publication (
    id bigserial primary key,
    organisation_id bigint not null unique references organisation (id),
    published boolean not null default false,
    version bigint not null default 0
);
