package org.pecgov.renewal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.pecgov.appointment.Appointment;
import org.pecgov.appointment.RenewalCondition;
import org.pecgov.appointment.RenewalGate;
import org.pecgov.appraisal.Appraisal;
import org.pecgov.appraisal.AppraisalService;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostService;
import org.pecgov.interest.DeclarationRound;
import org.pecgov.interest.DeclarationService;
import org.pecgov.interest.RoundService;
import org.pecgov.meeting.AttendanceService;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.organisation.SettingsService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reappointment gate ("Fit to lead" §3.4, §5.6), from what appraisals, meetings, declarations and
 * the member register say about someone whose term is to be renewed.
 */
@Service
@Transactional(readOnly = true)
class RenewalConditions implements RenewalGate {

	private final AppraisalService appraisals;

	private final AttendanceService attendance;

	private final RoundService rounds;

	private final DeclarationService declarations;

	private final PersonService people;

	private final PostService posts;

	private final SettingsService settings;

	private final Clock clock;

	RenewalConditions(AppraisalService appraisals, AttendanceService attendance, RoundService rounds,
			DeclarationService declarations, PersonService people, PostService posts, SettingsService settings,
			Clock clock) {
		this.appraisals = appraisals;
		this.attendance = attendance;
		this.rounds = rounds;
		this.declarations = declarations;
		this.people = people;
		this.posts = posts;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public List<RenewalCondition> conditions(Appointment appointment) {
		Long personId = appointment.getPersonId();
		Person person = this.people.byIdsOf(appointment.getOrganisationId(), List.of(personId)).get(0);
		Post post = this.posts.get(appointment.getPostId());
		Appraisal last = this.appraisals.lastSigned(personId).orElse(null);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate to = (appointment.lastDay() != null && appointment.lastDay().isBefore(today)) ? appointment.lastDay()
				: today;
		AttendanceService.Record record = this.attendance.recordOf(personId, post.getCommitteeId(),
				appointment.getTermStart(), to);
		DeclarationRound round = this.rounds.current();
		boolean declared = this.rounds.returnOf(personId).isPresent()
				|| !this.declarations.declaredSince(List.of(personId), round.opensOn()).isEmpty();
		return RenewalRules.conditions(new RenewalRules.Facts((last != null) ? last.getOutcome() : null,
				(last != null) ? last.getPeriodTo() : null, record.attended(), record.of(),
				this.settings.of(appointment.getOrganisationId()).getAttendanceThreshold(), round.year(), declared,
				post.getKind().isClinical(), person.isPractising()));
	}

}
