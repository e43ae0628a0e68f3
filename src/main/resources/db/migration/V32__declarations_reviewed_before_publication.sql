-- Issue 17 §5: a new or changed declaration waits for review before the published register shows it. The
-- published register shows the public wording (as declared, or as the reviewer edited it); the declarant's own
-- words stay in the private register.

alter table pct_settings add column review_declarations boolean not null default true;

alter table declaration add column review_status varchar(14) not null default 'PUBLISHED'
    check (review_status in ('PENDING', 'PUBLISHED', 'CHANGE_ASKED', 'WITH_GUARDIAN'));
alter table declaration add column public_description varchar(2000);
alter table declaration add column public_actions varchar(2000);
alter table declaration add column wording_edited boolean not null default false;
alter table declaration add column review_note varchar(2000);
alter table declaration add column reviewed_by varchar(254);
alter table declaration add column reviewed_on date;

-- What was published before review existed stays published as it was.
update declaration set public_description = description, public_actions = actions;

create index declaration_review_idx on declaration (organisation_id, review_status) where review_status <> 'PUBLISHED';

-- Owned by interest: the published register reads only what has been published, in its public wording (a
-- row published without one, as rows written before review existed, in its own words); a change waiting for
-- review leaves the wording last published. An entry the guardian withheld shows only who holds which post.
drop view register_entry;
create view register_entry as
select d.id as declaration_id, d.organisation_id, d.person_id, d.kind, d.relationship, d.category,
       coalesce(d.public_description, d.description) as description, d.from_date, d.to_date,
       case when d.public_description is null then d.actions else d.public_actions end as actions, d.publish_consent,
       d.declared_on,
       ((not d.publish_consent and coalesce(d.withhold_decision, '') <> 'PUBLISHED')
         or coalesce(d.withhold_decision, '') = 'WITHHELD') as withheld,
       (select string_agg(o.name, '; ' order by o.name)
          from declaration_organisation x join directory_organisation o on o.id = x.directory_id
         where x.declaration_id = d.id) as concerns
from declaration d
where d.public_description is not null or d.review_status = 'PUBLISHED';
