-- Issue 17 §5, fixed: while a change waits for review, the published register shows every field as it was last
-- published (its kind, category, relationship, start and the organisations concerned, not only its wording).

alter table declaration add column public_kind varchar(30);
alter table declaration add column public_relationship varchar(100);
alter table declaration add column public_category varchar(40);
alter table declaration add column public_from date;
alter table declaration add column public_concerns varchar(4000);

update declaration d set public_kind = d.kind, public_relationship = d.relationship, public_category = d.category,
       public_from = d.from_date,
       public_concerns = (select string_agg(o.name, '; ' order by o.name)
                            from declaration_organisation x join directory_organisation o on o.id = x.directory_id
                           where x.declaration_id = d.id)
 where d.public_description is not null;

-- Owned by interest. A row published without a snapshot (as rows written by hand before review existed) shows
-- as it is; a row with one shows the snapshot, whatever waits for review. Ending an interest is not reviewed:
-- its last day shows at once.
drop view register_entry;
create view register_entry as
select d.id as declaration_id, d.organisation_id, d.person_id,
       case when d.public_description is null then d.kind else coalesce(d.public_kind, d.kind) end as kind,
       case when d.public_description is null then d.relationship else d.public_relationship end as relationship,
       case when d.public_description is null then d.category else coalesce(d.public_category, d.category) end as category,
       coalesce(d.public_description, d.description) as description,
       case when d.public_description is null then d.from_date else coalesce(d.public_from, d.from_date) end as from_date,
       d.to_date,
       case when d.public_description is null then d.actions else d.public_actions end as actions, d.publish_consent,
       d.declared_on,
       ((not d.publish_consent and coalesce(d.withhold_decision, '') <> 'PUBLISHED')
         or coalesce(d.withhold_decision, '') = 'WITHHELD') as withheld,
       case when d.public_description is null
            then (select string_agg(o.name, '; ' order by o.name)
                    from declaration_organisation x join directory_organisation o on o.id = x.directory_id
                   where x.declaration_id = d.id)
            else d.public_concerns end as concerns,
       greatest(d.declared_on, coalesce(d.reviewed_on, d.declared_on), coalesce(d.withhold_decided_on, d.declared_on))
         as updated_on
from declaration d
where d.public_description is not null or d.review_status = 'PUBLISHED';
