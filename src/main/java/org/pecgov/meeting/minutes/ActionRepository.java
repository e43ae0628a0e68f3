package org.pecgov.meeting.minutes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActionRepository extends JpaRepository<MeetingAction, Long> {

	List<MeetingAction> findByMeetingIdOrderByDueOnAscIdAsc(Long meetingId);

	/** Every PCT's actions of a status due on or before a day (for the daily reminders). */
	List<MeetingAction> findByStatusAndDueOnLessThanEqual(ActionStatus status, java.time.LocalDate day);

	Optional<MeetingAction> findByIdAndOrganisationId(Long id, Long organisationId);

	long countByOrganisationIdAndStatusAndDueOnBefore(Long organisationId, ActionStatus status, LocalDate day);

	long countByOrganisationIdAndOwnerIdAndStatusAndDueOnBefore(Long organisationId, Long ownerId, ActionStatus status,
			LocalDate day);

	/** Actions across meetings: open and overdue first, then open by due date, then the rest, latest first. */
	@Query("""
			select a from MeetingAction a where a.organisationId = :organisationId
			and (:ownerId is null or a.ownerId = :ownerId)
			order by case when a.status = org.pecgov.meeting.minutes.ActionStatus.OPEN and a.dueOn < :today then 0
			              when a.status = org.pecgov.meeting.minutes.ActionStatus.OPEN then 1 else 2 end,
			         case when a.status = org.pecgov.meeting.minutes.ActionStatus.OPEN then a.dueOn end asc,
			         a.dueOn desc, a.id desc
			""")
	Page<MeetingAction> list(Long organisationId, Long ownerId, LocalDate today, Pageable pageable);

	long countByOrganisationIdAndOwnerIdAndStatusAndDueOnBetween(Long organisationId, Long ownerId,
			ActionStatus status, java.time.LocalDate from, java.time.LocalDate to);

}
