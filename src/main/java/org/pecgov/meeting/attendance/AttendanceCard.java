package org.pecgov.meeting.attendance;

import java.util.List;
import java.util.Optional;

import org.pecgov.member.PersonCard;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's attendance on their record: the meetings whose attendance was recorded with them expected, and how
 * many they attended.
 */
@Component
@Transactional(readOnly = true)
class AttendanceCard implements PersonCard.Source {

	private final AttendanceRepository attendance;

	AttendanceCard(AttendanceRepository attendance) {
		this.attendance = attendance;
	}

	@Override
	public Optional<PersonCard> cardFor(Long personId, boolean ownRecord) {
		List<Attendance> lines = this.attendance.findByPersonIdAndOrganisationId(personId,
				org.pecgov.security.CurrentUser.organisationId());
		long expected = lines.stream().filter((a) -> a.getStatus() != AttendanceStatus.IN_ATTENDANCE).count();
		long present = lines.stream().filter((a) -> a.getStatus() == AttendanceStatus.PRESENT).count();
		long apologies = lines.stream().filter((a) -> a.getStatus() == AttendanceStatus.APOLOGIES).count();
		PersonCard.Row rate = (expected == 0) ? PersonCard.Row.of("card.attendance.rate", "card.attendance.none")
				: PersonCard.Row.of("card.attendance.rate", "card.attendance.rateValue", present, expected,
						Math.round(100.0 * present / expected));
		return Optional.of(new PersonCard(30, "card.attendance.title",
				List.of(rate, PersonCard.Row.of("card.attendance.apologies", "card.value.count", apologies)),
				List.of(new PersonCard.Action("card.attendance.meetings", "/meetings"))));
	}

}
