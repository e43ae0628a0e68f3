-- The person a change concerns (issue 18 §5: the audit trail filters by person across records): the person
-- themselves for a change to their record, else the record's own person (a declaration's declarant, an
-- appointment's appointee, an attendance's attendee, a user's person ...). Null for records of no one.
alter table audit_event add column person_id bigint;

update audit_event set person_id = entity_id where entity_type = 'Person';

-- Earlier changes: the record's person as it stood at each event (the latest change of its personId at or before it).
update audit_event e
   set person_id = (select case when c.new_value ~ '^[0-9]{1,18}$' then c.new_value::bigint end
                      from audit_event ev
                      join audit_change c on c.event_id = ev.id and c.field = 'personId'
                     where ev.entity_type = e.entity_type and ev.entity_id = e.entity_id
                       and (ev.occurred_at, ev.id) <= (e.occurred_at, e.id)
                     order by ev.occurred_at desc, ev.id desc
                     limit 1)
 where e.entity_type <> 'Person'
   and exists (select 1 from audit_event ev join audit_change c on c.event_id = ev.id and c.field = 'personId'
                where ev.entity_type = e.entity_type and ev.entity_id = e.entity_id);

create index audit_event_person_idx on audit_event (organisation_id, person_id, occurred_at desc, id desc)
    where person_id is not null;
