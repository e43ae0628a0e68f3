-- The person a change concerns (issue 18 §5: the audit trail filters by person across records): the person
-- themselves for a change to their record, else the record's own person (a declaration's declarant, an
-- appointment's appointee, an attendance's attendee, a user's person ...). Null for records of no one.
alter table audit_event add column person_id bigint;

update audit_event set person_id = entity_id where entity_type = 'Person';

-- Earlier changes: the person the record was created for (or given since), from the trail itself.
update audit_event e
   set person_id = latest.person_id
  from (select distinct on (ev.entity_type, ev.entity_id)
               ev.entity_type, ev.entity_id, c.new_value::bigint as person_id
          from audit_event ev
          join audit_change c on c.event_id = ev.id
         where c.field = 'personId' and c.new_value ~ '^[0-9]{1,18}$'
         order by ev.entity_type, ev.entity_id, ev.occurred_at desc, ev.id desc) latest
 where e.entity_type = latest.entity_type and e.entity_id = latest.entity_id and e.entity_type <> 'Person';

create index audit_event_person_idx on audit_event (organisation_id, person_id, occurred_at desc, id desc)
    where person_id is not null;
