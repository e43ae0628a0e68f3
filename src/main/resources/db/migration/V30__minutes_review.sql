-- Minutes written in one place (issue 16, §6): the draft is sent to the committee's chair for review, and the chair's
-- comments are kept with it until the minutes are approved at the next meeting.
alter table meeting add column minutes_sent_on date;
alter table meeting add column minutes_comments varchar(4000);
alter table meeting add column minutes_commented_on date;
