-- The national data set (PECGOV_DEMO_SCALE=national): 9 more SHAs (10 with the demo SHA NMSHA) and 200 PCTs, each
-- with what the application gives a new PCT (settings, competency catalogue, PEC and Board, copied from the demo
-- PCT SVL), its posts and their specifications (modelled on those of SVL), 50 people, 20 current appointments and
-- their history, 100 directory organisations, 1,000 declarations, 100 meetings of 15 items with attendance,
-- decisions and actions, declaration rounds, 15,000 appraisals and 15,000 training records in all.
--
-- Generated in the database, set by set (insert ... select ... generate_series), deterministically: no random(),
-- every choice is arithmetic on generated numbers, so that every run gives the same data (dates are relative to
-- current_date). Runs once: when the organisation NAT01 exists it inserts nothing. No audit events are written.
-- The script is plain SQL (no psql commands, no braces) so that psql and JDBC both run it.

begin;

set local jit = off;
set local work_mem = '256MB';
set local maintenance_work_mem = '256MB';

do $$
begin
    if exists (select 1 from organisation where upper(code) = 'NAT01') then
        raise notice 'National data set: already loaded (organisation NAT01 exists); nothing inserted';
    elsif not exists (select 1 from organisation where upper(code) = 'NMSHA' and type = 'SHA')
            or not exists (select 1 from organisation where upper(code) = 'SVL' and type = 'PCT') then
        raise exception 'National data set: the demo data (SHA NMSHA, PCT SVL) must be loaded first';
    end if;
end
$$;

-- Every set below derives from nat_c: when the data set is there already, nat_c is empty and so is everything.
create temp table nat_c on commit drop as
select current_date as today,
       -- the last 1 April on or before today: terms and appraisal years run from 1 April
       make_date(extract(year from current_date - interval '3 months')::int, 4, 1) as y0,
       date_trunc('month', current_date)::date as month0,
       (select id from organisation where upper(code) = 'NMSHA') as nmsha_id,
       (select id from organisation where upper(code) = 'SVL') as svl_id,
       'national-data@pecgov.example'::varchar(254) as loader
where not exists (select 1 from organisation where upper(code) = 'NAT01');

-- ---------------------------------------------------------------------------------------------------------------
-- Word lists
-- ---------------------------------------------------------------------------------------------------------------
create temp table nat_words on commit drop as
select
    array['North East', 'North West', 'Yorkshire and the Humber', 'East Midlands', 'West Midlands', 'East of England',
          'London', 'South East Coast', 'South West'] as regions,
    array['Ashford', 'Barnsley', 'Basingstoke', 'Bedford', 'Birkenhead', 'Blackburn', 'Blackpool', 'Bolton',
          'Bournemouth', 'Bracknell', 'Bradford', 'Brighton', 'Bristol', 'Bromley', 'Burnley', 'Bury', 'Cambridge',
          'Canterbury', 'Carlisle', 'Chelmsford', 'Cheltenham', 'Chester', 'Chesterfield', 'Colchester', 'Coventry',
          'Crawley', 'Crewe', 'Darlington', 'Derby', 'Doncaster', 'Dorchester', 'Dover', 'Dudley', 'Durham',
          'Eastbourne', 'Exeter', 'Gateshead', 'Gloucester', 'Grimsby', 'Guildford', 'Halifax', 'Harrogate',
          'Hartlepool', 'Hastings', 'Hereford', 'Huddersfield', 'Hull', 'Ipswich', 'Kendal', 'Kettering', 'Lancaster',
          'Leeds', 'Leicester', 'Lincoln', 'Liverpool', 'Luton', 'Macclesfield', 'Maidstone', 'Manchester',
          'Mansfield', 'Middlesbrough', 'Milton Keynes', 'Newcastle', 'Northampton', 'Norwich', 'Nottingham', 'Oldham',
          'Oxford', 'Peterborough', 'Plymouth', 'Poole', 'Portsmouth', 'Preston', 'Reading', 'Redditch', 'Rochdale',
          'Rotherham', 'Salford', 'Salisbury', 'Scarborough', 'Scunthorpe', 'Sheffield', 'Shrewsbury', 'Slough',
          'Solihull', 'Southampton', 'Southend', 'Southport', 'St Albans', 'St Helens', 'Stafford', 'Stockport',
          'Stockton', 'Stoke', 'Sunderland', 'Swindon', 'Taunton', 'Telford', 'Torbay', 'Truro', 'Wakefield',
          'Walsall', 'Warrington', 'Watford', 'Wigan', 'Winchester', 'Wirral', 'Woking', 'Wolverhampton', 'Worcester',
          'Worthing', 'Yeovil', 'York', 'Aylesbury', 'Banbury', 'Barrow', 'Bath', 'Bexley', 'Bideford', 'Bognor',
          'Boston', 'Bridgwater', 'Buxton', 'Chichester', 'Chorley', 'Clacton', 'Corby', 'Dartford', 'Dewsbury',
          'Ely', 'Epsom', 'Falmouth', 'Farnham', 'Folkestone', 'Frome', 'Gosport', 'Grantham', 'Gravesend', 'Harlow',
          'Hemel Hempstead', 'Hexham', 'High Wycombe', 'Hinckley', 'Horsham', 'Ilkeston', 'Keighley', 'Kings Lynn',
          'Kidderminster', 'Leamington', 'Lowestoft', 'Loughborough', 'Ludlow', 'Malvern', 'Margate', 'Matlock',
          'Morecambe', 'Newark', 'Newbury', 'Newquay', 'Nuneaton', 'Penrith', 'Penzance', 'Petersfield', 'Pontefract',
          'Ramsgate', 'Reigate', 'Retford', 'Ripon', 'Rugby', 'Runcorn', 'Sevenoaks', 'Skegness', 'Skipton',
          'Spalding', 'Stamford', 'Stevenage', 'Stroud', 'Tamworth', 'Thetford', 'Tonbridge', 'Trowbridge',
          'Tunbridge Wells', 'Uxbridge', 'Wallsend', 'Warminster', 'Wellingborough', 'Weymouth', 'Whitby',
          'Whitehaven', 'Widnes', 'Wisbech', 'Witney', 'Workington', 'Worksop', 'Barnstaple', 'Beverley',
          'Bishop Auckland', 'Blyth', 'Bridlington', 'Huntingdon'] as places,
    array['James', 'John', 'Robert', 'Michael', 'David', 'Richard', 'Thomas', 'Christopher', 'Daniel', 'Matthew',
          'Andrew', 'Mark', 'Paul', 'Steven', 'Peter', 'Simon', 'Stephen', 'Jonathan', 'Nicholas', 'Benjamin',
          'Samuel', 'Edward', 'William', 'George', 'Henry', 'Oliver', 'Jack', 'Harry', 'Charles', 'Anthony', 'Philip',
          'Martin', 'Graham', 'Ian', 'Neil', 'Gareth', 'Owen', 'Rajesh', 'Ahmed', 'Tariq'] as men,
    array['Sarah', 'Emma', 'Helen', 'Claire', 'Rachel', 'Laura', 'Rebecca', 'Katherine', 'Elizabeth', 'Jane', 'Susan',
          'Margaret', 'Catherine', 'Alison', 'Joanne', 'Nicola', 'Louise', 'Victoria', 'Charlotte', 'Hannah', 'Lucy',
          'Sophie', 'Amelia', 'Grace', 'Eleanor', 'Fiona', 'Julia', 'Angela', 'Deborah', 'Karen', 'Ruth', 'Anne',
          'Priya', 'Nadia', 'Aisha', 'Fatima', 'Siobhan', 'Bethan', 'Megan', 'Olivia'] as women,
    array['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright',
          'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Patel',
          'Khan', 'Lewis', 'James', 'Phillips', 'Mason', 'Mitchell', 'Rose', 'Davis', 'Rodgers', 'Cooper', 'Turner',
          'Hill', 'Ward', 'Morris', 'Moore', 'Clark', 'Lee', 'King', 'Baker', 'Harrison', 'Morgan', 'Allen', 'Young',
          'Scott', 'Edwards', 'Hughes', 'Martin', 'Hussain', 'Carter', 'Shaw', 'Watson', 'Ali', 'Parker', 'Bennett',
          'Cook', 'Bailey', 'Richardson', 'Bell', 'Collins', 'Murphy', 'Price', 'Griffiths', 'Kelly', 'Simpson',
          'Marshall', 'Anderson', 'Ellis', 'Adams', 'Singh', 'Begum', 'Wilkinson', 'Foster', 'Chapman', 'Powell',
          'Webb', 'Rogers', 'Gray', 'Mills', 'Palmer', 'Holmes', 'Barnes', 'Knight', 'Lloyd', 'Butler', 'Russell',
          'Barker', 'Fisher', 'Stevens', 'Jenkins', 'Dixon', 'Fletcher', 'Howard', 'Pearson', 'Gibson', 'Walsh',
          'Andrews', 'Hunt', 'Okafor', 'O''Brien', 'Nakamura', 'Fox', 'Ashworth', 'Pritchard', 'Whitaker', 'Lowe',
          'Booth', 'McLeod', 'Osei', 'Kaur'] as families,
    array['Castle Street', 'Riverside', 'Park Road', 'Church Lane', 'Market Square', 'High Street', 'Station Road',
          'Victoria Road', 'Mill Lane', 'The Green', 'Orchard', 'Bridge Street', 'Abbey', 'Meadowbank', 'Oakwood',
          'Elmfield', 'Westgate', 'Eastgate', 'Northgate', 'Southgate', 'Kingsway', 'Queens Road', 'Priory',
          'Cathedral', 'Beechwood', 'Hillside', 'Brookside', 'Lakeside', 'Fairfield', 'Greenway', 'Rosemount',
          'Willow Tree', 'Ashgrove', 'Holly Bank', 'Chapel Street', 'London Road', 'Manor Park', 'Parkside',
          'Springfield', 'Whitehall'] as streets;

-- ---------------------------------------------------------------------------------------------------------------
-- SHAs and PCTs
-- ---------------------------------------------------------------------------------------------------------------
create temp table nat_sha on commit drop as
select nextval('organisation_id_seq') as id, s.n::int as n, 'NAT' || lpad(s.n::text, 2, '0') as code,
       s.region || ' Strategic Health Authority' as name, s.region
from (select r.region, r.n from nat_c, nat_words w, unnest(w.regions) with ordinality as r(region, n) order by r.n) s;

create temp table nat_pct on commit drop as
select nextval('organisation_id_seq') as id, x.*
from (select p.n::int as pn,
             'P' || lpad(p.n::text, 3, '0') as code,
             p.place,
             case when p.n % 9 = 0 then p.place || ' and District PCT'
                  when p.n % 14 = 0 then p.place || ' Teaching PCT'
                  else p.place || ' PCT' end as name,
             lower(regexp_replace(p.place, '[^A-Za-z]', '', 'g')) || '-pct.example' as domain,
             case when p.n <= 20 then c.nmsha_id else s.id end as sha_id,
             coalesce(s.region, 'North Midlands') as region,
             coalesce(s.n, 0) as sha_n
      from nat_c c
      cross join nat_words w
      cross join lateral unnest(w.places[1:200]) with ordinality as p(place, n)
      left join nat_sha s on s.n = (p.n - 1) / 20 and p.n > 20
      order by p.n) x;

insert into organisation (id, version, type, code, name, sha_id, created_at)
select id, 0, 'SHA', code, name, null, now() from nat_sha order by id;

insert into organisation (id, version, type, code, name, sha_id, created_at)
select id, 0, 'PCT', code, name, sha_id, now() from nat_pct order by id;

-- ---------------------------------------------------------------------------------------------------------------
-- What the application gives every PCT (SettingsService, CompetencyService, CommitteeService): copied from SVL
-- ---------------------------------------------------------------------------------------------------------------
insert into pct_settings (version, organisation_id, min_clinical, max_clinical, min_professions, min_gps,
        min_patient_days, min_local_authority, max_local_authority, min_board_clinical, max_board_clinical,
        min_term_months, max_term_months, open_ended_terms, stagger_window_months, round_opens, round_closes,
        gift_declare_over, hospitality_declare_over, hospitality_approval_over, attendance_threshold, dph_clinical,
        medical_director_not_chair, board_other_profession, board_gp, chair_rate_not_below, chair_days_min,
        chair_days_max, member_days_min, member_days_max, core_management, panel_min, panel_max,
        appraisal_interval_months, appraisers)
select 0, p.id, s.min_clinical, s.max_clinical, s.min_professions, s.min_gps,
       s.min_patient_days, s.min_local_authority, s.max_local_authority, s.min_board_clinical, s.max_board_clinical,
       s.min_term_months, s.max_term_months, s.open_ended_terms, s.stagger_window_months, s.round_opens, s.round_closes,
       s.gift_declare_over, s.hospitality_declare_over, s.hospitality_approval_over, s.attendance_threshold,
       s.dph_clinical, s.medical_director_not_chair, s.board_other_profession, s.board_gp, s.chair_rate_not_below,
       s.chair_days_min, s.chair_days_max, s.member_days_min, s.member_days_max, s.core_management, s.panel_min,
       s.panel_max, s.appraisal_interval_months, s.appraisers
from nat_pct p
cross join nat_c c
join pct_settings s on s.organisation_id = c.svl_id
order by p.id;

create temp table nat_comp on commit drop as
select nextval('competency_id_seq') as id, x.*
from (select p.id as org_id, k.id as svl_id, k.family, k.name, k.position, k.retired
      from nat_pct p cross join nat_c c join competency k on k.organisation_id = c.svl_id
      order by p.id, k.id) x;

insert into competency (id, version, organisation_id, family, name, position, retired)
select id, 0, org_id, family, name, position, retired from nat_comp order by id;

create temp table nat_comm on commit drop as
select nextval('committee_id_seq') as id, x.*
from (select p.id as org_id, p.pn, k.id as svl_id, k.kind, k.name, k.purpose, k.quorum_min_present,
             k.quorum_min_clinical, k.quorum_chair_required
      from nat_pct p cross join nat_c c join committee k on k.organisation_id = c.svl_id
      order by p.id, k.id) x;

insert into committee (id, version, organisation_id, kind, name, purpose, quorum_min_present, quorum_min_clinical,
        quorum_chair_required)
select id, 0, org_id, kind, name, purpose, quorum_min_present, quorum_min_clinical, quorum_chair_required
from nat_comm order by id;

-- SVL's remuneration rates (the demo sets one per PCT)
insert into remuneration_rate (version, organisation_id, effective_from, ceo_salary, chair_percent, member_percent,
        backfill_per_day, recorded_by)
select 0, p.id, r.effective_from, r.ceo_salary, r.chair_percent, r.member_percent, r.backfill_per_day, c.loader
from nat_pct p cross join nat_c c join remuneration_rate r on r.organisation_id = c.svl_id
order by p.id, r.effective_from;

-- ---------------------------------------------------------------------------------------------------------------
-- Posts: SVL's posts (and their current specifications and requirements) in every PCT, and four more, so that
-- 20 posts are held; the plan of who held each post, term by term
-- ---------------------------------------------------------------------------------------------------------------
-- term_months: length of each term; cur/former/oldest: register slots (below) of the current holder, of the
-- holder before, and of the first holder; chain: posts with the same chain share dates (the chief executive and
-- director of finance hold a PEC post and the matching Board post)
create temp table nat_tpl on commit drop as
select * from (values
    ('PEC chair', 48, 1, 19, 39, 1, true, null),
    ('Deputy chair (prescribing lead)', 48, 2, 20, 43, 2, true, null),
    ('Clinical member (community nursing)', 36, 3, 21, 40, 3, false, null),
    ('Clinical member (medicines management)', 36, 4, 22, 41, 4, false, null),
    ('Clinical member (allied health)', 24, 5, 23, 42, 5, false, null),
    ('Clinical member (dental and oral health)', 36, 6, 24, 48, 6, false, null),
    ('Clinical member (social care)', 48, 7, 25, 47, 7, false, null),
    ('Chief executive', 48, 8, 26, 45, 8, false, null),
    ('Director of finance', 48, 9, 27, null, 9, false, null),
    ('Director of public health', 48, 10, 28, null, 10, false, null),
    ('Local authority member (elected)', 24, 11, 29, null, 11, false, null),
    ('Local authority member (social services)', 36, 12, 30, null, 12, false, null),
    ('Co-opted member (eye care review)', 12, 13, 31, 49, 13, false,
        'Advice to the eye care services review, until it reports'),
    ('Clinical member (urgent care)', 36, null, 32, 44, 14, false, null),
    ('PCT chair', 48, 14, 33, 46, 15, false, null),
    ('Chief executive (Board)', 48, 8, 26, 45, 8, false, null),
    ('Director of finance (Board)', 48, 9, 27, null, 9, false, null),
    ('Non-executive director', 48, null, 34, null, 18, false, null),
    ('Director of commissioning', 48, 15, 35, null, 19, false, null),
    ('Director of nursing', 48, 16, 36, null, 20, false, null),
    ('Non-executive director (audit)', 48, 17, 37, null, 21, false, null),
    ('Non-executive director (patient and public involvement)', 48, 18, 38, null, 22, false, null)
) as t(title, term_months, cur_slot, former_slot, oldest_slot, chain, board_seat, purpose);

create temp table nat_post_src on commit drop as
with svl_posts as (
    select p.id as svl_post_id, p.committee_id as svl_committee_id, k.kind as committee_kind, p.kind, p.title,
           p.retired, coalesce(s.purpose, p.title) as purpose, s.lead_areas, s.tasks,
           coalesce(s.days_per_week, 0.5) as days, s.remuneration, s.id as svl_spec_id, p.id as ord
    from nat_c c
    join post p on p.organisation_id = c.svl_id
    join committee k on k.id = p.committee_id
    left join post_specification s on s.id = p.current_specification_id
),
extra as (
    select null::bigint, null::bigint, x.committee_kind, x.kind, x.title, false, x.purpose, null::varchar,
           null::varchar, x.days, 'Sessional rate agreed by the PCT''s remuneration committee'::varchar,
           null::bigint, 1000000000 + x.ord
    from (values
        (1, 'PEC', 'DIRECTOR_OF_COMMISSIONING', 'Director of commissioning',
            'Core management member: leads commissioning and contracting.', 0.5),
        (2, 'PEC', 'DIRECTOR_OF_NURSING', 'Director of nursing',
            'Core management member: leads on nursing and the quality of care.', 0.5),
        (3, 'BOARD', 'NON_EXECUTIVE_DIRECTOR', 'Non-executive director (audit)',
            'Non-executive member of the Board; chairs the audit committee.', 0.5),
        (4, 'BOARD', 'NON_EXECUTIVE_DIRECTOR', 'Non-executive director (patient and public involvement)',
            'Non-executive member of the Board; leads on patient and public involvement.', 0.5)
    ) as x(ord, committee_kind, kind, title, purpose, days)
    where not exists (select 1 from svl_posts s where s.committee_kind = x.committee_kind
                        and lower(s.title) = lower(x.title))
      and exists (select 1 from nat_c)
)
select row_number() over (order by u.ord)::int as j, u.*, t.term_months, t.cur_slot, t.former_slot, t.oldest_slot,
       t.chain, t.board_seat, t.purpose as appointment_purpose
from (select * from svl_posts union all select * from extra) as u
left join nat_tpl t on lower(t.title) = lower(u.title) and not u.retired;

create temp table nat_post on commit drop as
select nextval('post_id_seq') as post_id, nextval('post_specification_id_seq') as spec_id, x.*
from (select p.id as org_id, p.pn, cm.id as committee_id, s.*
      from nat_pct p
      cross join nat_post_src s
      join nat_comm cm on cm.org_id = p.id
                      and ((s.svl_committee_id is not null and cm.svl_id = s.svl_committee_id)
                           or (s.svl_committee_id is null and cm.kind = s.committee_kind))
      order by p.id, s.j) x;

insert into post (id, version, organisation_id, committee_id, kind, title, retired, current_specification_id)
select post_id, 0, org_id, committee_id, kind, title, retired, null from nat_post order by post_id;

insert into post_specification (id, organisation_id, post_id, number, purpose, lead_areas, tasks, days_per_week,
        remuneration, created_at, created_by)
select p.spec_id, p.org_id, p.post_id, 1, p.purpose, p.lead_areas, p.tasks, p.days, p.remuneration,
       (c.y0 - interval '15 years') + time '09:00', c.loader
from nat_post p cross join nat_c c
order by p.spec_id;

insert into post_requirement (specification_id, competency_id, competency_name, essential)
select p.spec_id, k.id, r.competency_name, r.essential
from nat_post p
join post_requirement r on r.specification_id = p.svl_spec_id
join nat_comp k on k.org_id = p.org_id and k.svl_id = r.competency_id
order by p.spec_id, r.id;

update post set current_specification_id = n.spec_id
from nat_post n
where post.id = n.post_id;

analyze nat_post;

-- The plan of terms: k = 0 is the current term, k = 1..3 the terms before it. Each term lasts term_months; the
-- current one started 0 to 2 years before the last 1 April. The variant v decides who held the earlier terms and
-- which ended early.
create temp table nat_plan on commit drop as
with terms as (
    select p.org_id, p.pn, p.post_id, p.spec_id, p.committee_kind, p.kind, p.term_months, p.board_seat,
           p.appointment_purpose, p.cur_slot, p.former_slot, p.oldest_slot, k.k,
           (p.pn + p.chain) % 4 as v,
           (c.y0 - make_interval(years => (p.pn + p.chain) % greatest(p.term_months / 12 - 1, 1))
                 - make_interval(months => k.k * p.term_months))::date as term_start
    from nat_post p
    cross join nat_c c
    cross join generate_series(0, 3) as k(k)
    where p.term_months is not null
)
select t.*,
       (t.term_start + make_interval(months => t.term_months) - interval '1 day')::date as term_end,
       case t.k when 0 then t.cur_slot
                when 1 then case when t.v in (0, 2) or t.cur_slot is null then t.former_slot else t.cur_slot end
                when 2 then t.former_slot
                else coalesce(t.oldest_slot, t.former_slot) end as slot,
       case when t.k = 1 and t.v = 2 then 90 when t.k = 2 and t.v = 3 then 180 end as ended_early_days
from terms t
where t.k > 0 or t.cur_slot is not null;

-- ---------------------------------------------------------------------------------------------------------------
-- People: a register of 50 per PCT, by slot (slots 1-18 hold the posts today, 19-38 held them before, 39-49
-- held them first, 50 is never appointed)
-- ---------------------------------------------------------------------------------------------------------------
create temp table nat_slot on commit drop as
select * from (values
    (1, 'GP', 'GMC', 'INDEPENDENT_CONTRACTOR', true, 3.0, 'GP partner, @; # Central Locality PbC group'),
    (2, 'GP', 'GMC', 'INDEPENDENT_CONTRACTOR', true, 4.0, 'GP partner, @; prescribing lead of the # PbC consortium'),
    (3, 'NURSE', 'NMC', 'PCT_MANAGED_SERVICE', true, 3.0, '# Community Nursing'),
    (4, 'PHARMACIST', 'GPHC', 'PCT_MANAGED_SERVICE', true, 1.5, '# Medicines Management'),
    (5, 'ALLIED_HEALTH_PROFESSIONAL', 'HCPC', 'PCT_MANAGED_SERVICE', true, 3.0, '# Physiotherapy Service'),
    (6, 'DENTIST', 'GDC', 'INDEPENDENT_CONTRACTOR', true, 4.0, '% and Partners Dental Surgery'),
    (7, 'SOCIAL_WORKER', 'SOCIAL_WORK_ENGLAND', 'LOCAL_AUTHORITY', true, 1.0, '# Borough Council, adult social care'),
    (8, 'MANAGER', null, 'PCT_MANAGEMENT', false, 0.0, 'Chief executive'),
    (9, 'MANAGER', null, 'PCT_MANAGEMENT', false, 0.0, 'Director of finance'),
    (10, 'PUBLIC_HEALTH', 'GMC', 'PCT_MANAGEMENT', false, 0.0, 'Director of public health'),
    (11, 'LOCAL_AUTHORITY_OFFICER', null, 'LOCAL_AUTHORITY', false, 0.0, '# Borough Council'),
    (12, 'LOCAL_AUTHORITY_OFFICER', null, 'LOCAL_AUTHORITY', false, 0.0,
        'Director of adult social services, # Borough Council'),
    (13, 'OPTOMETRIST', 'GOC', 'INDEPENDENT_CONTRACTOR', true, 4.0, '% Eyecare (co-opted)'),
    (14, 'LAY_MEMBER', null, null, false, 0.0, 'PCT chair (non-executive)'),
    (15, 'MANAGER', null, 'PCT_MANAGEMENT', false, 0.0, 'Director of commissioning'),
    (16, 'NURSE', 'NMC', 'PCT_MANAGEMENT', false, 0.0, 'Director of nursing'),
    (17, 'LAY_MEMBER', null, null, false, 0.0, 'Non-executive director; chartered accountant'),
    (18, 'LAY_MEMBER', null, null, false, 0.0, 'Non-executive director; chair of the # patients forum'),
    (19, 'GP', 'GMC', 'INDEPENDENT_CONTRACTOR', true, 2.5, 'GP partner, @'),
    (20, 'GP', 'GMC', 'INDEPENDENT_CONTRACTOR', true, 3.5, 'GP partner, @'),
    (21, 'NURSE', 'NMC', 'PCT_MANAGED_SERVICE', true, 4.0, '# District Nursing'),
    (22, 'PHARMACIST', 'GPHC', 'OTHER_PROVIDER', true, 3.0, '% Pharmacy Ltd'),
    (23, 'ALLIED_HEALTH_PROFESSIONAL', 'HCPC', 'PCT_MANAGED_SERVICE', true, 3.0, '# Speech and Language Therapy'),
    (24, 'DENTIST', 'GDC', 'INDEPENDENT_CONTRACTOR', true, 4.0, '% Dental Practice'),
    (25, 'SOCIAL_WORKER', 'SOCIAL_WORK_ENGLAND', 'LOCAL_AUTHORITY', true, 1.5, '# Borough Council, children''s services'),
    (26, 'MANAGER', null, 'PCT_MANAGEMENT', false, 0.0, 'Former chief executive'),
    (27, 'MANAGER', null, 'PCT_MANAGEMENT', false, 0.0, 'Former director of finance'),
    (28, 'PUBLIC_HEALTH', 'GMC', 'PCT_MANAGEMENT', false, 0.0, 'Former director of public health'),
    (29, 'LOCAL_AUTHORITY_OFFICER', null, 'LOCAL_AUTHORITY', false, 0.0, '# Borough Council'),
    (30, 'LOCAL_AUTHORITY_OFFICER', null, 'LOCAL_AUTHORITY', false, 0.0, '# Borough Council, housing'),
    (31, 'OPTOMETRIST', 'GOC', 'INDEPENDENT_CONTRACTOR', true, 4.0, '% Opticians'),
    (32, 'GP', 'GMC', 'INDEPENDENT_CONTRACTOR', true, 3.0, 'GP partner, @; # out-of-hours service'),
    (33, 'LAY_MEMBER', null, null, false, 0.0, 'Former PCT chair'),
    (34, 'LAY_MEMBER', null, null, false, 0.0, 'Former non-executive director'),
    (35, 'MANAGER', null, 'PCT_MANAGEMENT', false, 0.0, 'Former director of commissioning'),
    (36, 'NURSE', 'NMC', 'PCT_MANAGEMENT', false, 0.0, 'Former director of nursing'),
    (37, 'LAY_MEMBER', null, null, false, 0.0, 'Former non-executive director'),
    (38, 'LAY_MEMBER', null, null, false, 0.0, 'Former non-executive director'),
    (39, 'GP', 'GMC', 'INDEPENDENT_CONTRACTOR', true, 2.0, 'GP partner, @'),
    (40, 'NURSE', 'NMC', 'PCT_MANAGED_SERVICE', true, 3.5, '# Health Visiting Service'),
    (41, 'PHARMACIST', 'GPHC', 'PCT_MANAGED_SERVICE', true, 2.0, '# Medicines Management'),
    (42, 'ALLIED_HEALTH_PROFESSIONAL', 'HCPC', 'PCT_MANAGED_SERVICE', true, 3.0, '# Occupational Therapy'),
    (43, 'GP', 'GMC', 'INDEPENDENT_CONTRACTOR', true, 4.0, 'GP partner, @'),
    (44, 'NURSE', 'NMC', 'PCT_MANAGED_SERVICE', true, 4.5, '# Walk-in Centre'),
    (45, 'MANAGER', null, 'PCT_MANAGEMENT', false, 0.0, 'Former chief executive'),
    (46, 'LAY_MEMBER', null, null, false, 0.0, 'Former PCT chair'),
    (47, 'SOCIAL_WORKER', 'SOCIAL_WORK_ENGLAND', 'LOCAL_AUTHORITY', true, 2.0, '# Borough Council'),
    (48, 'DENTIST', 'GDC', 'INDEPENDENT_CONTRACTOR', true, 4.0, '% Family Dentistry'),
    (49, 'OPTOMETRIST', 'GOC', 'INDEPENDENT_CONTRACTOR', true, 3.0, '% Optometrists'),
    (50, 'OTHER', null, 'OTHER_PROVIDER', false, 0.0, 'Managing director, # Community Health Ltd')
) as s(slot, profession, reg_body, employer_type, practising, days, affiliation);

create temp table nat_person on commit drop as
with held as (
    select org_id, slot,
           min(term_start) as first_start,
           max(case when ended_early_days is null then term_end else term_end - ended_early_days end) as last_day,
           bool_or(k = 0) as current_holder
    from nat_plan group by org_id, slot
),
base as (
    select p.id as org_id, p.pn, p.place, p.domain, s.*,
           (p.pn - 1) * 50 + s.slot as g,
           (p.pn * 31 + s.slot * 17) % 2 = 0 as woman,
           w.families[((p.pn * 7 + s.slot) % array_length(w.families, 1)) + 1] as family_name,
           h.first_start, h.last_day, coalesce(h.current_holder, false) as current_holder,
           w.streets[((p.pn + s.slot * 3) % array_length(w.streets, 1)) + 1] as street
    from nat_pct p
    cross join nat_slot s
    cross join nat_words w
    left join held h on h.org_id = p.id and h.slot = s.slot
)
select nextval('person_id_seq') as id, x.*,
       lower(regexp_replace(x.given_name || '.' || x.family_name, '[^A-Za-z.]', '', 'g')) || '@' || x.domain as email
from (select b.*,
             case when b.woman then w.women[((b.pn * 13 + b.slot * 7) % array_length(w.women, 1)) + 1]
                  else w.men[((b.pn * 13 + b.slot * 7) % array_length(w.men, 1)) + 1] end as given_name,
             case when b.profession in ('GP', 'DENTIST', 'PUBLIC_HEALTH') then 'Dr'
                  when b.slot in (11, 29) then 'Cllr'
                  when not b.woman then 'Mr'
                  when b.g % 3 = 0 then 'Mrs'
                  else 'Ms' end as title,
             case b.reg_body
                 when 'GMC' then (1000000 + (b.g * 7919) % 9000000)::text
                 when 'NMC' then lpad((b.g % 100)::text, 2, '0') || chr(65 + b.g % 26) || lpad(((b.g * 7) % 10000)::text, 4, '0')
                                 || chr(65 + (b.g / 26) % 26)
                 when 'GPHC' then (2000000 + b.g)::text
                 when 'HCPC' then (array['PH', 'SL', 'OT'])[b.g % 3 + 1] || lpad(b.g::text, 6, '0')
                 when 'GDC' then (10000 + b.g)::text
                 when 'GOC' then '01-' || lpad(b.g::text, 5, '0')
                 when 'SOCIAL_WORK_ENGLAND' then 'SW' || b.g::text
             end as reg_number,
             case when not b.current_holder and b.last_day is not null and (b.pn + b.slot) % 3 = 0 then 'RETIRED'
                  else 'ACTIVE' end as status,
             case when not b.current_holder and b.last_day is not null and (b.pn + b.slot) % 3 = 0
                  then least(b.last_day + 31, c.today - 1) end as retired_on,
             (coalesce(b.first_start, date '2012-04-01') - ((b.g * 53) % 2500 + 30))::date as start_date
      from base b cross join nat_words w cross join nat_c c
      order by b.org_id, b.slot) x;

insert into person (id, version, organisation_id, title, given_name, family_name, email, phone, profession,
        registration_body, registration_number, employer_type, affiliations, practising, patient_facing_days,
        start_date, notes, status, retired_on, key_provider_role)
select id, 0, org_id, title, given_name, family_name, email, '01632 960' || lpad((g % 1000)::text, 3, '0'),
       profession, reg_body, reg_number, employer_type,
       replace(replace(replace(affiliation, '#', place), '%', family_name), '@', street || ' Surgery'),
       practising, days, start_date, null, status, retired_on,
       case when slot = 50 then 'Managing director, ' || place || ' Community Health Ltd' end
from nat_person
order by id;

create index on nat_person (org_id, slot);
analyze nat_person;

-- ---------------------------------------------------------------------------------------------------------------
-- Appointments: 20 current per PCT, and the terms before them (renewals keep the term they renew)
-- ---------------------------------------------------------------------------------------------------------------
create temp table nat_appt on commit drop as
select nextval('appointment_id_seq') as id, x.*
from (select pl.*, pe.id as person_id,
             case when pl.ended_early_days is not null then pl.term_end - pl.ended_early_days end as ended_on,
             case when pl.ended_early_days = 180 and pl.kind in ('CHAIR', 'DEPUTY_CHAIR', 'CLINICAL_MEMBER')
                      then 'STOPPED_PRACTISING'
                  when pl.ended_early_days is not null then 'RESIGNED' end as end_reason,
             coalesce(pl.term_end - pl.ended_early_days, pl.term_end) as last_day
      from nat_plan pl
      join nat_person pe on pe.org_id = pl.org_id and pe.slot = pl.slot
      order by pl.org_id, pl.post_id, pl.k desc) x;

create index on nat_appt (org_id, post_id, k);
analyze nat_appt;

insert into appointment (id, version, organisation_id, post_id, person_id, specification_id, vacancy_id, term_start,
        term_end, board_seat, purpose, ended_on, end_reason, renews_id, renewal_unmet, renewal_reason,
        second_post_reason)
select a.id, 0, a.org_id, a.post_id, a.person_id, a.spec_id, null, a.term_start, a.term_end, a.board_seat,
       a.appointment_purpose, a.ended_on, a.end_reason,
       -- a renewal: the same person in the term before, which ran to its end (not the PEC chair, who is elected)
       case when b.person_id = a.person_id and b.ended_on is null
                 and not (a.kind = 'CHAIR' and a.committee_kind = 'PEC') then b.id end,
       null, null, null
from nat_appt a
left join nat_appt b on b.org_id = a.org_id and b.post_id = a.post_id and b.k = a.k + 1
order by a.id;

-- ---------------------------------------------------------------------------------------------------------------
-- Directory: 100 organisations per PCT
-- ---------------------------------------------------------------------------------------------------------------
create temp table nat_dir_tpl on commit drop as
select d.dn, d.type, d.pattern, d.concern
from (
    select n as dn, 'GP_PRACTICE' as type, null::text as pattern, 'partnership' as concern
    from generate_series(1, 40) n
    union all
    select 40 + n, 'PBC_CONSORTIUM', '# ' || (array['North', 'South', 'East', 'West'])[n] || ' Locality Commissioning Consortium',
           'consortium'
    from generate_series(1, 4) n
    union all
    select 44 + n, 'NHS_PROVIDER', (array['# Hospitals NHS Foundation Trust', '# Community Healthcare NHS Trust',
           '# Mental Health NHS Trust', '~ Ambulance Service NHS Trust', '# and District General Hospital NHS Trust',
           '# Partnership NHS Foundation Trust', '# Teaching Hospitals NHS Trust',
           '~ Specialist Children''s Services NHS Trust'])[n], 'trust'
    from generate_series(1, 8) n
    union all
    select 52 + n, 'INDEPENDENT_PROVIDER', (array['# Community Health Ltd', '# Diagnostics Ltd', '# Eye Care Ltd',
           '# Physiotherapy Partnership', '# Dental Care Ltd', '# Home Care Services Ltd', '# Pharmacy Group Ltd',
           '# Surgical Centre Ltd', '# Hearing Services Ltd', '# Podiatry Ltd', '# Urgent Care Ltd', '# Sleep Clinic Ltd',
           '# Imaging Ltd', '# Orthopaedic Clinic Ltd', '# Walk-in Centre Ltd', '# Minor Surgery Ltd'])[n], 'company'
    from generate_series(1, 16) n
    union all
    select 68 + n, 'VOLUNTARY_PROVIDER', (array['# Carers'' Trust', '# Mind', 'Age Concern #', '# Hospice',
           '# Citizens Advice', '# Alzheimer''s Support', '# Women''s Aid', '# Drug and Alcohol Service',
           '# Befriending Scheme', '# Young Carers', '# Stroke Club', '# Community Transport'])[n], 'charity'
    from generate_series(1, 12) n
    union all
    select 80 + n, 'SUPPLIER', (array['MedSupply UK Ltd', 'Northgate Medical Supplies Ltd', 'Albion Pharmaceuticals plc',
           'Britannia Dressings Ltd', 'Crown Diagnostics plc', 'Meridian Healthcare Software Ltd',
           'Pennine Laboratory Services Ltd', 'Sovereign Medical Devices Ltd', 'Thames Clinical Systems Ltd',
           'Unicorn Office Supplies Ltd', 'Wessex Mobility Aids Ltd', 'Keystone Facilities Management Ltd'])[n], 'company'
    from generate_series(1, 12) n
    union all
    select 92 + n, 'LOCAL_AUTHORITY', (array['# Borough Council', '# Town Council', '# and District Council'])[n],
           'council'
    from generate_series(1, 3) n
    union all
    select 95 + n, 'OTHER', (array['University of #', '# College', '# Local Medical Committee',
           '# Local Pharmaceutical Committee', '# Chamber of Commerce'])[n], 'body'
    from generate_series(1, 5) n
) d;

create temp table nat_dir on commit drop as
select nextval('directory_organisation_id_seq') as id, x.*,
       row_number() over (partition by x.org_id, x.type order by x.dn) as type_rank,
       count(*) over (partition by x.org_id, x.type) as type_count
from (select p.id as org_id, p.pn, t.dn, t.type, t.concern,
             case when t.type = 'GP_PRACTICE'
                  then w.streets[t.dn] || ' ' || (array['Surgery', 'Medical Practice', 'Health Centre', 'Medical Centre'])[((t.dn + p.pn) % 4) + 1]
                  else replace(replace(t.pattern, '#', p.place), '~', p.region) end as name,
             case when t.type = 'GP_PRACTICE' then chr(65 + p.sha_n) || lpad((p.pn * 100 + t.dn)::text, 5, '0')
                  when t.type = 'NHS_PROVIDER' then 'R' || chr(65 + p.pn % 26) || chr(65 + (p.pn / 26 + t.dn) % 26)
             end as code,
             t.dn % 31 = 0 as retired
      from nat_pct p cross join nat_dir_tpl t cross join nat_words w
      order by p.id, t.dn) x;

insert into directory_organisation (id, version, organisation_id, type, name, code, retired)
select id, 0, org_id, type, name, code, retired from nat_dir order by id;

create index on nat_dir (org_id, dn);
create index on nat_dir (org_id, type, type_rank);
analyze nat_dir;

-- ---------------------------------------------------------------------------------------------------------------
-- Declarations: 1,000 per PCT, 20 for each person of its register, each concerning one or two organisations
-- ---------------------------------------------------------------------------------------------------------------
create temp table nat_first on commit drop as
select person_id, min(term_start) as first_start from nat_appt group by person_id;
create index on nat_first (person_id);
analyze nat_first;

create temp table nat_decl on commit drop as
with gen as (
    select p.id as org_id, p.pn, d.dd,
           ((d.dd - 1) % 50) + 1 as slot,
           (d.dd * 37 + p.pn * 11) % 100 as r_kind,
           ((d.dd * 17 + p.pn * 3) % 100) + 1 as dn1,
           case when d.dd % 3 = 0 then ((d.dd * 29 + 7) % 100) + 1 end as dn2,
           (c.today - ((d.dd * 97 + p.pn * 31) % 3650) - 1) as from_date,
           c.today
    from nat_pct p cross join nat_c c cross join generate_series(1, 1000) as d(dd)
),
kinds as (
    select g.*,
           case when g.r_kind < 40 then 'FINANCIAL' when g.r_kind < 70 then 'NON_FINANCIAL_PROFESSIONAL'
                when g.r_kind < 85 then 'NON_FINANCIAL_PERSONAL' else 'INDIRECT' end as kind,
           case when g.dd % 5 in (0, 1) then null
                when g.from_date + ((g.dd * 53) % 1400 + 30) < g.today then g.from_date + ((g.dd * 53) % 1400 + 30)
           end as to_date
    from gen g
),
cats as (
    select k.*,
           case k.kind
               when 'FINANCIAL' then (array['OUTSIDE_EMPLOYMENT', 'SHAREHOLDING', 'PATENT', 'LOYALTY_INTEREST',
                    'SPONSORED_RESEARCH', 'SPONSORED_POST', 'CLINICAL_PRIVATE_PRACTICE', 'PBC_BUDGET',
                    'PROVIDER_HOLDING'])[(k.dd * 13) % 9 + 1]
               when 'NON_FINANCIAL_PROFESSIONAL' then (array['OTHER', 'SPONSORED_EVENT', 'LOYALTY_INTEREST'])[(k.dd * 13) % 3 + 1]
               when 'NON_FINANCIAL_PERSONAL' then (array['OTHER', 'DONATION', 'LOYALTY_INTEREST'])[(k.dd * 13) % 3 + 1]
               else (array['OUTSIDE_EMPLOYMENT', 'SHAREHOLDING', 'PROVIDER_HOLDING', 'CLINICAL_PRIVATE_PRACTICE'])[(k.dd * 13) % 4 + 1]
           end as category,
           case when k.kind = 'INDIRECT'
                then (array['Spouse', 'Partner', 'Son', 'Daughter', 'Brother', 'Sister', 'Parent'])[(k.dd * 7) % 7 + 1] end
               as relationship
    from kinds k
)
select nextval('declaration_id_seq') as id, x.*
from (select c.*, pe.id as person_id, pe.email, d1.id as dir1_id, d1.name as dir1_name,
             case when c.dn2 <> c.dn1 then d2.id end as dir2_id,
             greatest(c.from_date, coalesce(f.first_start, c.from_date)) as due_from,
             least(greatest(c.from_date, coalesce(f.first_start, c.from_date))
                   + case when (c.dd * 41 + c.pn) % 100 < 3 then 29 + (c.dd % 90) else (c.dd * 7) % 29 end,
                   c.today) as declared_on,
             (c.dd * 11 + c.pn) % 20 <> 0 as publish_consent
      from cats c
      join nat_person pe on pe.org_id = c.org_id and pe.slot = c.slot
      left join nat_first f on f.person_id = pe.id
      join nat_dir d1 on d1.org_id = c.org_id and d1.dn = c.dn1
      left join nat_dir d2 on d2.org_id = c.org_id and d2.dn = c.dn2
      order by c.org_id, c.dd) x;

insert into declaration (id, version, organisation_id, person_id, kind, relationship, category, description,
        from_date, to_date, actions, publish_consent, declared_on, recorded_by, withhold_decision, withhold_note,
        withhold_decided_by, withhold_decided_on)
select d.id, 0, d.org_id, d.person_id, d.kind, d.relationship, d.category,
       coalesce(d.relationship || ': ', '') ||
       case d.category
           when 'OUTSIDE_EMPLOYMENT' then 'paid sessional work for ' || d.dir1_name
           when 'SHAREHOLDING' then 'shares in ' || d.dir1_name
           when 'PATENT' then 'a patent licensed to ' || d.dir1_name
           when 'LOYALTY_INTEREST' then 'a long-standing association with ' || d.dir1_name
           when 'SPONSORED_RESEARCH' then 'research funded by ' || d.dir1_name
           when 'SPONSORED_POST' then 'a post part-funded by ' || d.dir1_name
           when 'CLINICAL_PRIVATE_PRACTICE' then 'private clinical sessions at ' || d.dir1_name
           when 'PBC_BUDGET' then 'partner in a practice holding a practice-based commissioning budget with '
                                  || d.dir1_name
           when 'PROVIDER_HOLDING' then 'an ownership interest in ' || d.dir1_name
           when 'SPONSORED_EVENT' then 'speaker at an event sponsored by ' || d.dir1_name
           when 'DONATION' then 'trustee of ' || d.dir1_name || ', which receives donations'
           when 'OTHER' then case when d.kind = 'NON_FINANCIAL_PERSONAL' then 'volunteer with ' || d.dir1_name
                                  else 'member of the advisory board of ' || d.dir1_name end
       end,
       d.from_date, d.to_date,
       case when d.kind = 'FINANCIAL' then 'Takes no part in decisions concerning ' || d.dir1_name
            when d.kind = 'INDIRECT' and d.dd % 2 = 0 then 'Declares the interest at meetings where it arises' end,
       d.publish_consent, d.declared_on, d.email,
       case when not d.publish_consent and (d.dd + d.pn) % 3 = 0 then 'WITHHELD'
            when not d.publish_consent and (d.dd + d.pn) % 3 = 1 then 'PUBLISHED' end,
       case when not d.publish_consent and (d.dd + d.pn) % 3 = 0
                then 'Publication would put the declarant at risk of harm: withheld'
            when not d.publish_consent and (d.dd + d.pn) % 3 = 1
                then 'No risk of harm shown: published' end,
       case when not d.publish_consent and (d.dd + d.pn) % 3 in (0, 1) then 'guardian@' || p.domain end,
       case when not d.publish_consent and (d.dd + d.pn) % 3 in (0, 1) then least(d.declared_on + 14, c.today) end
from nat_decl d
join nat_pct p on p.id = d.org_id
cross join nat_c c
order by d.id;

insert into declaration_organisation (declaration_id, directory_id)
select id, dir1_id from nat_decl
union all
select id, dir2_id from nat_decl where dir2_id is not null
order by 1, 2;

-- a declaration made more than 28 days after the interest arose (or after the declarant was first appointed)
insert into breach (version, organisation_id, person_id, kind, declaration_id, round_year, detected_on, status,
        reviewer_note, reviewed_by)
select 0, d.org_id, d.person_id, 'LATE_DECLARATION', d.id, null, d.declared_on,
       case when d.declared_on < c.today - 90 then 'CLOSED' else 'OPEN' end,
       case when d.declared_on < c.today - 90 then 'Reminded of the 28-day rule; no conflict arose meanwhile' end,
       case when d.declared_on < c.today - 90 then 'guardian@' || p.domain end
from nat_decl d
join nat_pct p on p.id = d.org_id
cross join nat_c c
where d.declared_on > d.due_from + 28
order by d.id;

-- ---------------------------------------------------------------------------------------------------------------
-- Declaration rounds: a return from every post holder in each of the last six closed rounds; one in 25 missed
-- ---------------------------------------------------------------------------------------------------------------
create temp table nat_round on commit drop as
with rounds as (
    select p.id as org_id, p.domain, c.today, y.y as round_year,
           to_date(y.y || '-' || s.round_opens, 'YYYY-MM-DD') as opens_on,
           -- a round whose last day falls before its first closes in the next year
           to_date((y.y + case when s.round_closes < s.round_opens then 1 else 0 end) || '-' || s.round_closes,
                   'YYYY-MM-DD') as closes_on
    from nat_pct p
    cross join nat_c c
    join pct_settings s on s.organisation_id = p.id
    cross join lateral generate_series(extract(year from c.today)::int - 8, extract(year from c.today)::int) as y(y)
),
closed as (
    select r.*, row_number() over (partition by r.org_id order by r.round_year desc) as back
    from rounds r
    where r.closes_on < r.today
)
select r.org_id, r.domain, r.round_year, r.opens_on, r.closes_on, r.back = 1 as latest, a.person_id,
       min(a.term_start) as first_start
from closed r
join nat_appt a on a.org_id = r.org_id and a.term_start <= r.closes_on and a.last_day >= r.opens_on
where r.back <= 6
group by r.org_id, r.domain, r.round_year, r.opens_on, r.closes_on, r.back, a.person_id;

-- a return confirms the declarations in force during the round, else it is a nil return
create temp table nat_round_confirmed on commit drop as
select distinct r.person_id, r.round_year
from nat_round r
join nat_decl d on d.person_id = r.person_id and d.from_date <= r.closes_on
               and (d.to_date is null or d.to_date >= r.opens_on) and d.declared_on <= r.closes_on;

insert into round_return (version, organisation_id, person_id, round_year, kind, made_on, recorded_by)
select 0, r.org_id, r.person_id, r.round_year,
       case when k.person_id is not null then 'CONFIRMED' else 'NIL' end,
       least(greatest(r.opens_on, r.first_start) + ((r.person_id * 7 + r.round_year) % 60)::int, r.closes_on),
       pe.email
from nat_round r
join nat_person pe on pe.id = r.person_id
left join nat_round_confirmed k on k.person_id = r.person_id and k.round_year = r.round_year
where (r.person_id + r.round_year) % 25 <> 0
order by r.org_id, r.round_year, r.person_id;

insert into breach (version, organisation_id, person_id, kind, declaration_id, round_year, detected_on, status,
        reviewer_note, reviewed_by)
select 0, r.org_id, r.person_id, 'MISSED_ROUND', null, r.round_year, r.closes_on + 1,
       case when r.latest then 'OPEN' else 'CLOSED' end,
       case when not r.latest then 'Return made late, after a reminder' end,
       case when not r.latest then 'guardian@' || r.domain end
from nat_round r
where (r.person_id + r.round_year) % 25 = 0
order by r.org_id, r.round_year, r.person_id;

-- ---------------------------------------------------------------------------------------------------------------
-- Meetings: 100 per PCT (60 of the PEC, monthly; 40 of the Board, every other month), the last few to come
-- ---------------------------------------------------------------------------------------------------------------
create temp table nat_meeting on commit drop as
with gen as (
    select cm.org_id, cm.pn, cm.id as committee_id, cm.kind as committee_kind, p.place, p.code, m.m,
           case when cm.kind = 'PEC' then (c.month0 + make_interval(months => m.m - 57))::date
                else (c.month0 + make_interval(months => (m.m - 39) * 2))::date end as month_start,
           c.today
    from nat_comm cm
    join nat_pct p on p.id = cm.org_id
    cross join nat_c c
    cross join lateral generate_series(1, case cm.kind when 'PEC' then 60 when 'BOARD' then 40 else 0 end) as m(m)
),
dated as (
    select g.*,
           case when g.committee_kind = 'PEC'
                -- the second Tuesday of the month
                then g.month_start + ((9 - extract(isodow from g.month_start)::int) % 7) + 7
                -- the fourth Thursday
                else g.month_start + ((11 - extract(isodow from g.month_start)::int) % 7) + 21 end as meeting_date
    from gen g
)
select nextval('meeting_id_seq') as id, x.*
from (select d.*,
             case when d.committee_kind = 'BOARD' then 'BOARD'
                  when d.m % 12 = 0 then 'AWAY_DAY'
                  when d.m % 6 = 3 then 'SEMINAR'
                  else 'BUSINESS' end as type,
             row_number() over (partition by d.committee_id order by d.meeting_date) as seq,
             count(*) filter (where d.meeting_date < d.today) over (partition by d.committee_id) as past_count
      from dated d
      order by d.org_id, d.meeting_date, d.committee_id) x;

create index on nat_meeting (committee_id, seq);
analyze nat_meeting;

insert into meeting (id, version, organisation_id, committee_id, type, meeting_date, start_time, place, remote_link,
        status, public_meeting, approved_at_id)
select m.id, 0, m.org_id, m.committee_id, m.type, m.meeting_date,
       case m.type when 'BOARD' then time '10:00' when 'AWAY_DAY' then time '09:30' else time '14:00' end,
       case m.type when 'BOARD' then m.place || ' Civic Centre, Council chamber'
                   when 'AWAY_DAY' then m.place || ' Conference Centre'
                   else m.place || ' PCT headquarters, Board room' end,
       case when m.type = 'BUSINESS' and m.meeting_date >= date '2020-04-01'
            then 'https://meet.example.org/' || lower(m.code) || '-pec' end,
       case when m.seq < m.past_count then 'MINUTES_APPROVED'
            when m.seq = m.past_count then 'HELD'
            when m.seq = m.past_count + 1 then 'AGENDA_PUBLISHED'
            else 'PLANNED' end,
       m.type in ('BUSINESS', 'BOARD'),
       case when m.seq < m.past_count then n.id end
from nat_meeting m
left join nat_meeting n on n.committee_id = m.committee_id and n.seq = m.seq + 1
order by m.id;

-- Agenda items: 15 a meeting; items 4 to 13 drawn from the pool in turn
create temp table nat_pool on commit drop as
select row_number() over ()::int - 1 as i, t.*
from (values
    ('Prescribing budget for next year', 'DECISION', 'Director of finance', null),
    ('Community services contract renewal', 'DECISION', 'Director of commissioning', 'INDEPENDENT_PROVIDER'),
    ('Quality and performance report', 'DISCUSSION', 'Director of nursing', null),
    ('Practice-based commissioning plans', 'DISCUSSION', 'PEC chair', 'PBC_CONSORTIUM'),
    ('Urgent care strategy', 'DECISION', 'Director of commissioning', 'NHS_PROVIDER'),
    ('Clinical governance report', 'INFORMATION', 'Director of nursing', null),
    ('Local delivery plan', 'DECISION', 'Chief executive', null),
    ('Partnership agreement with the council', 'DECISION', 'Director of public health', 'LOCAL_AUTHORITY'),
    ('Health inequalities action plan', 'DISCUSSION', 'Director of public health', null),
    ('Mental health services review', 'DISCUSSION', 'Director of commissioning', 'NHS_PROVIDER'),
    ('Dental access plan', 'DECISION', 'Clinical member (dental and oral health)', 'INDEPENDENT_PROVIDER'),
    ('Pharmacy applications', 'DECISION', 'Clinical member (medicines management)', 'INDEPENDENT_PROVIDER'),
    ('Infection control report', 'INFORMATION', 'Director of nursing', null),
    ('Long-term conditions pathway', 'DISCUSSION', 'Clinical member (community nursing)', null),
    ('Choose and book progress', 'INFORMATION', 'Director of commissioning', null),
    ('Acute trust contract and activity', 'DISCUSSION', 'Director of finance', 'NHS_PROVIDER'),
    ('Voluntary sector grants', 'DECISION', 'Director of commissioning', 'VOLUNTARY_PROVIDER'),
    ('Patient and public involvement report', 'INFORMATION', 'Non-executive director', null),
    ('Eye care services review', 'DISCUSSION', 'Co-opted member (eye care review)', 'INDEPENDENT_PROVIDER'),
    ('Primary care premises plan', 'DECISION', 'Director of finance', 'GP_PRACTICE'),
    ('Enhanced services for GP practices', 'DECISION', 'Director of commissioning', 'GP_PRACTICE'),
    ('Tender for medical equipment', 'DECISION', 'Director of finance', 'SUPPLIER'),
    ('Public health annual report', 'INFORMATION', 'Director of public health', null),
    ('Children''s services review', 'DISCUSSION', 'Clinical member (social care)', 'LOCAL_AUTHORITY'),
    ('Risk register', 'DISCUSSION', 'Chief executive', null),
    ('Workforce and training plan', 'DISCUSSION', 'Director of nursing', null),
    ('Out-of-hours service', 'DECISION', 'Director of commissioning', 'INDEPENDENT_PROVIDER'),
    ('Falls prevention service', 'DECISION', 'Clinical member (allied health)', 'VOLUNTARY_PROVIDER'),
    ('Information technology programme', 'INFORMATION', 'Director of finance', 'SUPPLIER'),
    ('Personnel matter', 'DISCUSSION', null, null)
) as t(title, purpose, presenter, concerns);

create temp table nat_item on commit drop as
select nextval('agenda_item_id_seq') as id, x.*
from (select m.id as meeting_id, m.org_id, m.pn, m.committee_kind, m.meeting_date, m.today, m.seq, pos.pos,
             m.meeting_date < m.today as held,
             case pos.pos when 1 then 'Apologies and declarations of interest'
                          when 2 then 'Minutes of the previous meeting and matters arising'
                          when 3 then 'Chair''s report'
                          when 14 then 'Finance report'
                          when 15 then 'Any other business'
                          else pl.title end as title,
             case when pos.pos in (1, 2, 3, 14, 15) then 'INFORMATION' else pl.purpose end as purpose,
             case pos.pos when 3 then 'Chair' when 14 then 'Director of finance' when 1 then null when 2 then null
                          when 15 then null else pl.presenter end as presenter,
             case when pos.pos between 4 and 13 then pl.concerns end as concerns,
             coalesce(pl.title = 'Personnel matter', false) as private_item
      from nat_meeting m
      cross join generate_series(1, 15) as pos(pos)
      left join nat_pool pl on pos.pos between 4 and 13 and pl.i = (m.seq * 7 + m.pn + pos.pos) % 30
      order by m.id, pos.pos) x;

insert into agenda_item (id, version, organisation_id, meeting_id, position, title, purpose, presenter, public_item,
        referred_to, minutes)
select i.id, 0, i.org_id, i.meeting_id, i.pos, i.title, i.purpose, i.presenter, not i.private_item,
       case when i.committee_kind = 'PEC' and i.purpose = 'DISCUSSION' and i.id % 5 = 0 then 'PCT Board' end,
       case when not i.held then null
            when i.pos = 1 then 'Apologies were noted. Members were reminded of their declarations against the register.'
            when i.pos = 2 then 'The minutes of the previous meeting were agreed as a true record; matters arising were noted.'
            when i.pos = 15 then 'There was no other business.'
            when i.purpose = 'DECISION' then 'The committee considered ' || lower(i.title) || ' and reached the decision recorded.'
            when i.purpose = 'DISCUSSION' then 'The committee discussed ' || lower(i.title) || '; the points raised were noted.'
            else 'The committee noted ' || lower(i.title) || '.' end
from nat_item i
order by i.id;

-- items about an organisation name one of the PCT's directory of that type
insert into agenda_item_organisation (item_id, directory_id)
select i.id, d.id
from nat_item i
join (select org_id, type, count(*) as n from nat_dir group by org_id, type) tc
  on tc.org_id = i.org_id and tc.type = i.concerns
join nat_dir d on d.org_id = i.org_id and d.type = i.concerns and d.type_rank = (i.id % tc.n) + 1
where i.concerns is not null
order by i.id;

-- Attendance of the meetings held: every member of the committee on the day (for the Board, its own posts and the
-- PEC chair and PEC members with a Board seat), and, at one meeting in three, the slot-50 person in attendance
create temp table nat_member on commit drop as
select distinct m.id as meeting_id, m.org_id, m.pn, m.meeting_date, m.committee_kind, a.person_id
from nat_meeting m
join nat_appt a on a.org_id = m.org_id and a.term_start <= m.meeting_date and a.last_day >= m.meeting_date
where m.meeting_date < m.today
  and (a.committee_kind = m.committee_kind
       or (m.committee_kind = 'BOARD' and a.committee_kind = 'PEC' and (a.board_seat or a.kind = 'CHAIR')));

insert into attendance (version, organisation_id, meeting_id, person_id, status, arrived_at, left_at)
select 0, x.org_id, x.meeting_id, x.person_id, x.status, x.arrived_at, x.left_at
from (select mm.org_id, mm.meeting_id, mm.person_id,
             case when (mm.meeting_id * 7 + mm.person_id * 13) % 100 < 86 then 'PRESENT'
                  when (mm.meeting_id * 7 + mm.person_id * 13) % 100 < 97 then 'APOLOGIES'
                  else 'ABSENT' end as status,
             null::time as arrived_at, null::time as left_at
      from nat_member mm
      union all
      select m.org_id, m.id, pe.id, 'IN_ATTENDANCE', null, null
      from nat_meeting m
      join nat_person pe on pe.org_id = m.org_id and pe.slot = 50
      where m.meeting_date < m.today and m.id % 3 = 0) x
order by x.meeting_id, x.person_id;

-- Decisions on the items for decision of the meetings held
insert into decision (version, organisation_id, item_id, outcome, votes_for, votes_against, abstentions)
select 0, i.org_id, i.id,
       (array['Approved', 'Approved, subject to the finance review', 'Approved with amendments',
              'Deferred to the next meeting for further information', 'Not approved: to be brought back revised',
              'Agreed for consultation'])[(i.id % 6) + 1],
       case when i.id % 4 = 0 then 7 + (i.id % 5)::int end,
       case when i.id % 4 = 0 then (i.id % 3)::int end,
       case when i.id % 4 = 0 then (i.id % 2)::int end
from nat_item i
where i.held and i.purpose = 'DECISION'
order by i.id;

-- Recommendations to the Board on a third of the PEC's decisions: most accepted, some waiting for the Board
insert into recommendation (version, organisation_id, meeting_id, item_id, text, status, chaired_by, quorate, sent_on,
        board_decision, decided_on, created_at)
select 0, i.org_id, i.meeting_id, i.id, 'That the PCT Board approves ' || lower(i.title) || '.',
       case when i.meeting_date < i.today - 60 then 'ACCEPTED' else 'SENT' end,
       null, true, i.meeting_date + 3,
       case when i.meeting_date < i.today - 60 then 'Approved as recommended.' end,
       case when i.meeting_date < i.today - 60 then i.meeting_date + 30 end,
       i.meeting_date::timestamptz
from nat_item i
where i.held and i.purpose = 'DECISION' and i.committee_kind = 'PEC' and i.id % 3 = 0
order by i.id;

-- Actions: two for each meeting held, on its items 4 and 5, each owned by a member of the committee
create temp table nat_member_rank on commit drop as
select meeting_id, person_id,
       row_number() over (partition by meeting_id order by person_id) as rn,
       count(*) over (partition by meeting_id) as n
from nat_member;
create index on nat_member_rank (meeting_id, rn);
analyze nat_member_rank;

insert into meeting_action (version, organisation_id, meeting_id, item_id, description, owner_id, due_on, status)
select 0, i.org_id, i.meeting_id, i.id,
       case i.purpose when 'DECISION' then 'Carry out the decision on ' || lower(i.title) || ' and report back'
                      when 'DISCUSSION' then 'Bring a paper on ' || lower(i.title) || ' to the next meeting'
                      else 'Circulate the update on ' || lower(i.title) || ' to members' end,
       r.person_id,
       i.meeting_date + 28,
       case when i.meeting_date + 28 >= i.today - 30 then 'OPEN'
            when i.id % 20 = 0 then 'CANCELLED'
            else 'DONE' end
from nat_item i
join nat_member_rank r on r.meeting_id = i.meeting_id
join (select meeting_id, max(n) as n from nat_member_rank group by meeting_id) k on k.meeting_id = i.meeting_id
where i.held and i.pos in (4, 5) and r.rn = ((i.id * 7) % k.n) + 1
order by i.id;

-- ---------------------------------------------------------------------------------------------------------------
-- Appraisals: yearly, for the holders of the posts the PCT appraises (the PEC chair by the PCT chair; the deputy,
-- clinical and co-opted members by the PEC chair), the 75 latest of each PCT; the latest of some still open
-- ---------------------------------------------------------------------------------------------------------------
create temp table nat_appraisal on commit drop as
with years as (
    select a.*, y.y,
           (a.term_start + make_interval(years => y.y))::date as period_from,
           (a.term_start + make_interval(years => y.y + 1) - interval '1 day')::date as period_to,
           case when a.kind = 'CHAIR' then 'BOARD' else 'PEC' end as appraiser_committee
    from nat_appt a
    cross join generate_series(0, 3) as y(y)
    where ((a.kind = 'CHAIR' and a.committee_kind = 'PEC') or a.kind in ('DEPUTY_CHAIR', 'CLINICAL_MEMBER', 'CO_OPTED_MEMBER'))
      and y.y < a.term_months / 12
),
complete as (
    select y.*, c.today from years y cross join nat_c c
    where y.period_to <= y.last_day and y.period_to < c.today
),
with_appraiser as (
    select cp.*, coalesce(ch.person_id, cf.person_id) as appraiser_id
    from complete cp
    left join nat_appt ch on ch.org_id = cp.org_id and ch.kind = 'CHAIR' and ch.committee_kind = cp.appraiser_committee
                          and ch.term_start <= cp.period_to and ch.last_day >= cp.period_to
    left join nat_appt cf on cf.org_id = cp.org_id and cf.kind = 'CHAIR' and cf.committee_kind = cp.appraiser_committee
                          and cf.term_start <= cp.period_from and cf.last_day >= cp.period_from
),
ranked as (
    select w.*,
           row_number() over (partition by w.org_id order by w.period_to desc, w.id) as org_rank
    from with_appraiser w
    where w.appraiser_id is not null and w.appraiser_id <> w.person_id
)
select nextval('appraisal_id_seq') as appraisal_id, x.*
from (select r.org_id, r.pn, r.id as appointment_id, r.person_id, r.appraiser_id, r.spec_id, r.period_from,
             r.period_to, r.today,
             row_number() over (partition by r.person_id order by r.period_to desc) as person_rank
      from ranked r
      where r.org_rank <= 75
      order by r.org_id, r.period_to, r.id) x;

alter table nat_appraisal add column signed boolean;
-- open (not yet signed): the period ended less than 32 days ago, or, for one holder in five, the last year's
update nat_appraisal
set signed = not (period_to + 32 >= today or (person_rank = 1 and person_id % 5 = 0 and period_to >= today - 365));
analyze nat_appraisal;

insert into appraisal (id, version, organisation_id, person_id, appraiser_id, appointment_id, period_from, period_to,
        self_assessment, objectives_review, outcome, member_comments, member_signed_at, appraiser_signed_at,
        previous_id, superseded, suitability_review)
select a.appraisal_id, 0, a.org_id, a.person_id, a.appraiser_id, a.appointment_id, a.period_from, a.period_to,
       (array['A full year: good progress on my lead area and on the work of the localities.',
              'A demanding year: the service review took more time than planned.',
              'A year of consolidation: attendance good, objectives largely met.',
              'My first full year: learning the role and building links with the practices.'])[(a.appraisal_id % 4) + 1],
       case when a.signed then (array['Objectives met.', 'Most objectives met; one carried forward.',
              'Objectives met, with the service review well led.'])[(a.appraisal_id % 3) + 1] end,
       case when not a.signed then null
            when a.appraisal_id % 40 = 0 and extract(year from a.period_to)::int % 2 = 0 then 'UNSATISFACTORY'
            when a.appraisal_id % 5 = 1 then 'DEVELOPMENT_NEEDED'
            else 'SATISFACTORY' end,
       case when a.signed and a.appraisal_id % 3 = 0 then 'A fair record of the year.' end,
       case when a.signed then (a.period_to + 30) + time '10:00' end,
       case when a.signed then (a.period_to + 32) + time '16:00' end,
       null, false, false
from nat_appraisal a
order by a.appraisal_id;

-- ratings of the competencies the post requires, on the signed appraisals
insert into appraisal_rating (appraisal_id, competency_id, rating)
select a.appraisal_id, r.competency_id, 2 + ((a.appraisal_id + r.competency_id) % 3)::int
from nat_appraisal a
join post_requirement r on r.specification_id = a.spec_id
where a.signed
order by a.appraisal_id, r.competency_id;

create temp table nat_pdp on commit drop as
select nextval('pdp_item_id_seq') as id, x.*
from (select a.appraisal_id, a.org_id, a.person_id, a.period_to, a.today,
             (a.appraisal_id % 6)::int as need_no,
             row_number() over (partition by a.org_id order by a.appraisal_id) as org_rank
      from nat_appraisal a
      where a.signed and (a.appraisal_id % 3 = 0 or a.appraisal_id % 5 = 1)
      order by a.appraisal_id) x;

insert into pdp_item (id, version, organisation_id, appraisal_id, need, action, support, by_when)
select p.id, 0, p.org_id, p.appraisal_id,
       (array['Commissioning skills', 'Chairing meetings', 'Financial management', 'Leading change',
              'Clinical governance', 'Working with the local authority'])[p.need_no + 1],
       (array['A course on commissioning for clinical leaders', 'Chairing skills workshop',
              'Finance for non-financial managers', 'Leadership programme for clinical leaders',
              'Clinical governance masterclass', 'Joint session with the council''s social care team'])[p.need_no + 1],
       case when p.id % 2 = 0 then 'From the PCT''s learning budget' end,
       (p.period_to + interval '9 months')::date
from nat_pdp p
order by p.id;

-- Training: 75 records a PCT; the first ones meet an item of a development plan, the others are post holders'
create temp table nat_appt_rank on commit drop as
select a.*, row_number() over (partition by a.org_id order by a.id) as org_rank,
       count(*) over (partition by a.org_id) as org_n
from nat_appt a;
create index on nat_appt_rank (org_id, org_rank);
analyze nat_appt_rank;

insert into training_record (version, organisation_id, person_id, course, attended_on, provider, hours, joint,
        pdp_item_id, recorded_by)
select 0, x.org_id, x.person_id,
       (array['Clinical leadership in commissioning', 'Chairing skills workshop', 'Finance for non-financial managers',
              'Leadership programme for clinical leaders', 'Clinical governance masterclass',
              'Joint working with social care', 'Conflicts of interest in commissioning', 'Equality and diversity',
              'Information governance', 'Safeguarding adults and children', 'Board development day',
              'Practice-based commissioning essentials'])[x.course_no + 1],
       x.attended_on,
       (array['Strategic health authority leadership programme', 'NHS Institute for Innovation and Improvement',
              'Healthcare Financial Management Association', 'King''s Fund', 'NHS Confederation',
              'Local university business school', null])[((x.t * 5 + x.pn) % 7) + 1],
       (array[3.5, 7.0, 7.0, 14.0, 3.0, 6.0, 2.5, 3.0, 2.0, 3.0, 7.0, 10.5])[x.course_no + 1],
       x.course_no in (0, 3, 5, 10),
       x.pdp_item_id,
       x.recorded_by
from (
    -- the items of development plans, in turn
    select p.org_id, pc.pn, t.t, p.person_id,
           case p.need_no when 0 then 0 when 1 then 1 when 2 then 2 when 3 then 3 when 4 then 4 else 5 end as course_no,
           least(p.period_to + 60 + (t.t * 7) % 120, p.today - 1) as attended_on,
           p.id as pdp_item_id, c.loader as recorded_by
    from nat_pdp p
    join nat_pct pc on pc.id = p.org_id
    cross join nat_c c
    cross join lateral (select p.org_rank::int as t) t
    where p.org_rank <= 75
    union all
    -- then the post holders, on a day of their term
    select pc.id, pc.pn, t.t, a.person_id, (t.t * 5 + pc.pn) % 12,
           a.term_start + ((t.t * 97 + pc.pn * 13)
                           % greatest(least(a.last_day, c.today - 1) - a.term_start, 1))::int,
           null, c.loader
    from nat_pct pc
    cross join nat_c c
    cross join generate_series(1, 75) as t(t)
    left join (select org_id, count(*) as n from nat_pdp group by org_id) np on np.org_id = pc.id
    join nat_appt_rank a on a.org_id = pc.id and a.org_rank = ((t.t * 7 + pc.pn) % a.org_n) + 1
    where t.t > coalesce(np.n, 0)
) x
order by x.org_id, x.t;

-- ---------------------------------------------------------------------------------------------------------------
-- Statistics for the planner, on the tables loaded (only when this run loaded them)
-- ---------------------------------------------------------------------------------------------------------------
do $$
begin
    if exists (select 1 from nat_c) then
        analyze organisation;
        analyze pct_settings;
        analyze competency;
        analyze committee;
        analyze remuneration_rate;
        analyze post;
        analyze post_specification;
        analyze post_requirement;
        analyze person;
        analyze appointment;
        analyze directory_organisation;
        analyze declaration;
        analyze declaration_organisation;
        analyze breach;
        analyze round_return;
        analyze meeting;
        analyze agenda_item;
        analyze agenda_item_organisation;
        analyze attendance;
        analyze decision;
        analyze meeting_action;
        analyze appraisal;
        analyze appraisal_rating;
        analyze pdp_item;
        analyze training_record;
        raise notice 'National data set: loaded';
    end if;
end
$$;

commit;
