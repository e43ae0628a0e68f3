package org.pecgov.meeting.screening;

import org.pecgov.meeting.MeetingPage;
import org.pecgov.meeting.MeetingService;
import org.pecgov.meeting.MeetingStatus;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chair's plans for the conflicts that screening found: recorded only by whoever chairs the item
 * (the deputy when the chair is the one conflicted; the secretary, as the members present decide, when
 * no one expected can chair it).
 */
@Service
@Transactional(readOnly = true)
public class ConflictService {

	private final ScreeningService screening;

	private final ConflictPlanRepository plans;

	private final MeetingService meetings;

	ConflictService(ScreeningService screening, ConflictPlanRepository plans, MeetingService meetings) {
		this.screening = screening;
		this.plans = plans;
		this.meetings = meetings;
	}

	/**
	 * Records (or changes) the plan for someone flagged on an item.
	 * @param meetingId the meeting
	 * @param itemId the item
	 * @param personId who is flagged
	 * @param plan how their conflict is handled
	 * @param note anything the minutes should say
	 * @return the plan
	 * @throws AccessDeniedException when the user is not chairing the item
	 */
	@Transactional
	public ConflictPlan record(Long meetingId, Long itemId, Long personId, PlanChoice plan, String note,
			Long version) {
		this.meetings.locked(meetingId);
		MeetingPage page = this.screening.page(meetingId);
		Screening.ItemResult item = page.resultOf(itemId);
		if (item == null) {
			throw new org.pecgov.shared.NotFoundException("AgendaItem", itemId);
		}
		Long me = CurrentUser.get().getPersonId();
		Role role = CurrentUser.get().getRole();
		boolean chairing = me != null && item.chair() != null && item.chair().personId().equals(me);
		boolean standingIn = item.chair() == null && (role == Role.ADMIN || role == Role.SECRETARY);
		if (!chairing && !standingIn) {
			throw new AccessDeniedException("Only whoever chairs the item records its conflict plans");
		}
		if (page.meeting().getStatus() == MeetingStatus.MINUTES_APPROVED) {
			throw new FieldException("plan", "conflict.locked");
		}
		if (item.flags().stream().noneMatch((f) -> f.person().personId().equals(personId))) {
			throw new FieldException("personId", "conflict.noFlag");
		}
		if (plan == null) {
			throw new FieldException("plan", "conflict.plan.required");
		}
		ConflictPlan recorded = this.plans.findByItemIdAndPersonId(itemId, personId)
			.orElseGet(() -> new ConflictPlan(page.meeting().getOrganisationId(), itemId, personId));
		if (!recorded.isNew() && version != null) {
			recorded.checkVersion(version);
		}
		recorded.record(plan, note, CurrentUser.actor());
		return this.plans.saveAndFlush(recorded);
	}

}
