-- Why someone was appointed to a second post on a committee they already sit on (Fit to lead §4.1: the PEC is
-- made of people; an administrator may confirm a second post, with a reason kept with the appointment).
alter table appointment add column second_post_reason varchar(2000);
