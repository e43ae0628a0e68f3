-- Issue 17 §6: each PCT's public home. Views owned by the modules whose tables they read, so that the
-- publication module reads no other module's table.

-- Owned by member: a person as published pages name them, now with their profession (no contact details).
create or replace view person_name as
select id as person_id, organisation_id, title, given_name, family_name, profession
from person;

-- Owned by committee: a post as published pages show it: its committee's kind and the lead areas of its
-- current job description.
create view published_post as
select p.id as post_id, p.organisation_id, p.title, p.kind as post_kind, c.id as committee_id,
       c.kind as committee_kind, s.lead_areas
from post p
join committee c on c.id = p.committee_id
left join post_specification s on s.id = p.current_specification_id;

-- Owned by interest: when each published entry was last updated (declared, or reviewed and published).
create or replace view register_entry as
select d.id as declaration_id, d.organisation_id, d.person_id, d.kind, d.relationship, d.category,
       coalesce(d.public_description, d.description) as description, d.from_date, d.to_date,
       case when d.public_description is null then d.actions else d.public_actions end as actions, d.publish_consent,
       d.declared_on,
       ((not d.publish_consent and coalesce(d.withhold_decision, '') <> 'PUBLISHED')
         or coalesce(d.withhold_decision, '') = 'WITHHELD') as withheld,
       (select string_agg(o.name, '; ' order by o.name)
          from declaration_organisation x join directory_organisation o on o.id = x.directory_id
         where x.declaration_id = d.id) as concerns,
       greatest(d.declared_on, coalesce(d.reviewed_on, d.declared_on), coalesce(d.withhold_decided_on, d.declared_on))
         as updated_on
from declaration d
where d.public_description is not null or d.review_status = 'PUBLISHED';
