-- A form that creates or changes something is sent once: each form page carries a token, and a second POST of
-- the same token (a double click, a retry after a timeout) changes nothing. Kept for a day.
create table form_submission (
    token       varchar(64)   primary key,
    created_at  timestamptz   not null default now(),
    location    varchar(2000)
);
create index form_submission_created_idx on form_submission (created_at);
