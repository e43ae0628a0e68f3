-- The reappointment gate ("Fit to lead" §3.4, §5.6): attendance a PCT expects of a member whose term is renewed.
alter table pct_settings add column attendance_threshold int not null default 75
    check (attendance_threshold between 0 and 100);

-- A renewal made although a condition of the gate was not met keeps which ones, and why.
alter table appointment add column renews_id bigint references appointment (id);
alter table appointment add column renewal_unmet varchar(200);
alter table appointment add column renewal_reason varchar(2000);
alter table appointment add constraint appointment_renewal_reason
    check (renewal_unmet is null or renewal_reason is not null);
