-- The time allotted to each agenda item, and the length above which a PCT is warned its agenda is too long
-- ("no five-hour agendas", Fit to Lead): 3 hours unless it sets another.
alter table agenda_item add column minutes_allotted integer check (minutes_allotted between 1 and 600);
alter table pct_settings add column agenda_limit_minutes integer not null default 180
    check (agenda_limit_minutes between 30 and 720);
