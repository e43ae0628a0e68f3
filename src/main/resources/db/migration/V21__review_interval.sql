-- How often a post holder has a one-to-one review with their appraiser: quarterly unless the PCT sets another.
alter table pct_settings
    add column review_interval_months integer not null default 3,
    add constraint pct_settings_review check (review_interval_months between 1 and 12);

-- When an administrator last saved the PCT's settings: never, for a PCT still on the guidance's defaults.
alter table pct_settings add column reviewed_at timestamp with time zone;
-- a PCT whose settings an administrator saved before this column existed has reviewed them
update pct_settings set reviewed_at = now() where version > 0;
