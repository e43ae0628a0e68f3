-- The PEC function (seed 000, "Fit to Lead" §3.3) that an agenda item, and so the decision on it, serves; and that
-- a member's objective serves. Null while nobody has said.
alter table agenda_item add column pec_function varchar(30)
    check (pec_function in ('STRATEGY', 'COMMISSIONING', 'CLINICAL_GOVERNANCE', 'COMMUNICATION'));
alter table objective add column pec_function varchar(30)
    check (pec_function in ('STRATEGY', 'COMMISSIONING', 'CLINICAL_GOVERNANCE', 'COMMUNICATION'));
