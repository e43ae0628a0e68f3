-- Indexes found missing under the load test on the national data set (pg_stat_statements, sequential scans of
-- whole tables): each PCT's pages look their rows up by organisation, and foreign keys that are followed or
-- deleted through get an index of their own.
create index round_return_organisation_idx on round_return (organisation_id, round_year);
create index appraisal_organisation_idx on appraisal (organisation_id);
create index appraisal_previous_idx on appraisal (previous_id);
create index appraisal_appointment_idx on appraisal (appointment_id);
create index appraisal_rating_competency_idx on appraisal_rating (competency_id);
create index post_organisation_idx on post (organisation_id);
create index post_specification_organisation_idx on post_specification (organisation_id);
create index appointment_specification_idx on appointment (specification_id);
create index appointment_renews_idx on appointment (renews_id);
create index meeting_action_meeting_idx on meeting_action (meeting_id);
create index meeting_action_item_idx on meeting_action (item_id);
create index meeting_approved_at_idx on meeting (approved_at_id);
create index training_record_pdp_item_idx on training_record (pdp_item_id);
create index pdp_item_organisation_idx on pdp_item (organisation_id);
create index conflict_plan_organisation_idx on conflict_plan (organisation_id);
create index score_panel_member_idx on score (panel_member_id);
