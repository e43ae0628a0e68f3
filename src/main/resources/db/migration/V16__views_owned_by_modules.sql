-- Views through which one module reads what another module owns, so that no module reads another's tables.
-- Each view names the module that owns it: only that module changes it, together with its tables.

-- Owned by appointment: who holds which post, on which days. The last day is the day an appointment was
-- ended early, or else the last day of its term (null: no end). Someone holds the post on day D when
-- first_day <= D and (last_day is null or last_day >= D), as Appointment.isCurrent says.
create view post_holding as
select a.id as appointment_id, a.organisation_id, a.person_id, a.post_id, p.title as post_title,
       a.term_start as first_day, coalesce(a.ended_on, a.term_end) as last_day
from appointment a
join post p on p.id = a.post_id;

-- Owned by member: how a person is named on published pages (no contact details).
create view person_name as
select id as person_id, organisation_id, title, given_name, family_name
from person;

-- Owned by interest: declarations as the published register and the SHA's export read them. An entry is
-- withheld when the declarant did not consent to publish it and the guardian has not decided to publish it.
create view register_entry as
select d.id as declaration_id, d.organisation_id, d.person_id, d.kind, d.relationship, d.category,
       d.description, d.from_date, d.to_date, d.actions, d.publish_consent, d.declared_on,
       (not d.publish_consent and coalesce(d.withhold_decision, '') <> 'PUBLISHED') as withheld,
       (select string_agg(o.name, '; ' order by o.name)
          from declaration_organisation x join directory_organisation o on o.id = x.directory_id
         where x.declaration_id = d.id) as concerns
from declaration d;

-- Owned by interest: gifts and hospitality as the published register reads them (no reason, approver or
-- who recorded them).
create view register_gift as
select g.id as gift_id, g.organisation_id, g.person_id, g.offered_on, g.kind, g.offered_by, g.description,
       g.value, g.accepted
from gift g;

-- Owned by interest: each return made in a year's round, and each declaration with the day it was made:
-- what "has made a return in the round" is judged on.
create view declaring_activity as
select organisation_id, person_id, round_year, made_on as made_on, true as round_return
from round_return
union all
select organisation_id, person_id, null, declared_on, false
from declaration;
