-- Committees that report (issue 16, §2): to whom each committee reports (sub-committee to the PEC, the PEC to the
-- Board), and its terms of reference: purpose (already kept), executive or advisory, the powers delegated to it, its
-- quorum (already kept). One sub-committee may be the PbC assessment sub-committee (Fit to Lead §3.10): chaired by a
-- non-executive director, reporting to the PEC, its recommendations going straight to the Board.
alter table committee add column reports_to_id bigint references committee (id);
alter table committee add column mode varchar(20) not null default 'ADVISORY' check (mode in ('EXECUTIVE', 'ADVISORY'));
alter table committee add column delegated_powers varchar(2000);
alter table committee add column pbc_assessment boolean not null default false;
alter table committee add constraint committee_pbc_is_sub check (not pbc_assessment or kind = 'SUB_COMMITTEE');
create unique index committee_one_pbc_idx on committee (organisation_id) where pbc_assessment;

update committee c set reports_to_id = b.id
from committee b where c.kind = 'PEC' and b.organisation_id = c.organisation_id and b.kind = 'BOARD';
update committee c set reports_to_id = p.id
from committee p where c.kind = 'SUB_COMMITTEE' and p.organisation_id = c.organisation_id and p.kind = 'PEC';
update committee set mode = 'EXECUTIVE' where kind in ('PEC', 'BOARD');

-- An item referred for want of a quorum names the committee it goes to, and the item that takes it up there.
alter table agenda_item add column referred_to_committee_id bigint references committee (id);
alter table agenda_item add column referred_from_id bigint references agenda_item (id) on delete set null;
create index agenda_item_referred_idx on agenda_item (referred_to_committee_id) where referred_to_committee_id is not null;
