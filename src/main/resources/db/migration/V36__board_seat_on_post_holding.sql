-- Owned by appointment: a post holding now says whether the appointment carries a seat on the PCT Board (the public
-- home names who holds one).
create or replace view post_holding as
select a.id as appointment_id, a.organisation_id, a.person_id, a.post_id, p.title as post_title,
       a.term_start as first_day, coalesce(a.ended_on, a.term_end) as last_day, a.board_seat
from appointment a
join post p on p.id = a.post_id;
