-- The conflicts-of-interest guardian: a permission the PCT administrator gives to a user.
alter table app_user add column guardian boolean not null default false;

-- A declarant who does not consent to publication asks for the entry to be withheld (risk of harm); the guardian
-- decides. Until then, and when withheld, the published register shows the entry only as "withheld". The guardian's
-- reason is private.
alter table declaration add column withhold_decision varchar(10) check (withhold_decision in ('WITHHELD', 'PUBLISHED'));
alter table declaration add column withhold_note varchar(2000);
alter table declaration add column withhold_decided_by varchar(254);
alter table declaration add column withhold_decided_on date;
alter table declaration add constraint declaration_withhold_decided
    check ((withhold_decision is null) = (withhold_note is null));
