package org.pecgov.appraisal;

import java.time.LocalDate;
import java.util.Optional;

import org.pecgov.appointment.Holdings;
import org.pecgov.committee.CommitteeKind;
import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.PostKind;
import org.springframework.stereotype.Component;

/**
 * Who appraises and reviews whom: the PEC chair each member of the PEC, and the PCT chair (who chairs the
 * Board) the PEC chair ("Fit to lead" §3.4).
 */
@Component
public class Appraisers {

	private final CommitteeService committees;

	private final Holdings appointments;

	Appraisers(CommitteeService committees, Holdings appointments) {
		this.committees = committees;
		this.appointments = appointments;
	}

	/**
	 * Who appraises someone on a day.
	 * @param personId the appraisee
	 * @param day the day
	 * @return the appraiser's person id, if there is one
	 */
	public Optional<Long> appraiserOf(Long personId, LocalDate day) {
		Optional<Long> pecChair = chairOf(this.committees.pec().getId(), day);
		if (pecChair.isPresent() && !pecChair.get().equals(personId)) {
			return pecChair;
		}
		return this.committees.committees()
			.stream()
			.filter((c) -> c.getKind() == CommitteeKind.BOARD)
			.findFirst()
			.flatMap((board) -> chairOf(board.getId(), day))
			.filter((chair) -> !chair.equals(personId));
	}

	/**
	 * Everyone holding a post of the user's PCT on a day, with their appraiser: in a fixed number of
	 * statements, for lists.
	 * @param day the day
	 * @return the appraiser's person id (or null when there is none) by post holder
	 */
	public java.util.Map<Long, Long> postHoldersWithAppraisers(LocalDate day) {
		Long pecChair = chairOf(this.committees.pec().getId(), day).orElse(null);
		Long pctChair = this.committees.committees()
			.stream()
			.filter((c) -> c.getKind() == CommitteeKind.BOARD)
			.findFirst()
			.flatMap((board) -> chairOf(board.getId(), day))
			.orElse(null);
		java.util.Map<Long, Long> result = new java.util.HashMap<>();
		for (Long holder : this.appointments.holdersDuring(org.pecgov.security.CurrentUser.organisationId(), day, day)) {
			Long appraiser = holder.equals(pecChair) ? pctChair : pecChair;
			result.put(holder, (appraiser != null && !appraiser.equals(holder)) ? appraiser : null);
		}
		return result;
	}

	private Optional<Long> chairOf(Long committeeId, LocalDate day) {
		return this.appointments.seatsOn(committeeId, day)
			.stream()
			.filter((s) -> s.kind() == PostKind.CHAIR)
			.map(Holdings.Seat::personId)
			.findFirst();
	}

	/**
	 * Whether someone holds a post on a day: objectives, reviews and appraisals are for post holders.
	 * @param personId the person
	 * @param day the day
	 * @return true when they do
	 */
	public boolean holdsPost(Long personId, LocalDate day) {
		return this.appointments.holdsPostOn(personId, day);
	}

}
