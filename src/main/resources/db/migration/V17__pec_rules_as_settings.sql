-- The PEC's rules that were fixed in code become each PCT's settings, with the guidance's defaults
-- ("there is no single right model", Fit to lead §4.2).
alter table pct_settings
    -- whether the director of public health counts as a clinical member (the guidance allows both)
    add column dph_clinical boolean not null default false,
    -- §3.12: the medical director is not also the PEC chair
    add column medical_director_not_chair boolean not null default true,
    -- §4.5 (advisory): a PEC member on the Board of another profession than the PEC chair
    add column board_other_profession boolean not null default true,
    -- §4.5: a GP among the PEC's members on the Board
    add column board_gp boolean not null default true,
    -- §7.1: the chair's rate is not below the members' rate
    add column chair_rate_not_below boolean not null default true,
    -- §4.6: days a week of the chair's post and of members' posts
    add column chair_days_min numeric(2, 1) not null default 2.5,
    add column chair_days_max numeric(2, 1) not null default 4,
    add column member_days_min numeric(2, 1) not null default 0.5,
    add column member_days_max numeric(2, 1) not null default 2,
    -- §4.1: the core management posts the PEC must have (kinds of post, comma-separated)
    add column core_management varchar(200) not null
        default 'CHIEF_EXECUTIVE,DIRECTOR_OF_FINANCE,DIRECTOR_OF_PUBLIC_HEALTH',
    -- §5.4: interview panels of 3 to 4
    add column panel_min integer not null default 3,
    add column panel_max integer not null default 4,
    -- rule 11: an appraisal at least every 12 months
    add column appraisal_interval_months integer not null default 12,
    -- who appraises the holder of each kind of post (§3.4: the PEC chair is accountable to the PCT chair, the
    -- clinical members to the PEC chair); kinds not named are appraised by nobody in pecgov
    add column appraisers varchar(1000) not null
        default 'CHAIR=PCT_CHAIR,DEPUTY_CHAIR=PEC_CHAIR,CLINICAL_MEMBER=PEC_CHAIR,CO_OPTED_MEMBER=PEC_CHAIR',
    add constraint pct_settings_days check (chair_days_min <= chair_days_max and member_days_min <= member_days_max),
    add constraint pct_settings_panel check (panel_min >= 1 and panel_min <= panel_max),
    add constraint pct_settings_appraisal check (appraisal_interval_months between 1 and 36);
