package org.pecgov.renewal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.pecgov.appointment.Appointment;
import org.pecgov.appointment.RenewalCondition;
import org.pecgov.appointment.RenewalGate;
import org.pecgov.appraisal.Appraisal;
import org.pecgov.appraisal.AppraisalService;
import org.pecgov.appraisal.Appraisers;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostService;
import org.pecgov.interest.Interests;
import org.pecgov.interest.round.DeclarationRound;
import org.pecgov.interest.round.RoundService;
import org.pecgov.meeting.attendance.AttendanceService;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.organisation.SettingsService;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;

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

	private final Appraisers appraisers;

	private final AttendanceService attendance;

	private final RoundService rounds;

	private final Interests declarations;

	private final PersonService people;

	private final PostService posts;

	private final SettingsService settings;

	private final Clock clock;

	RenewalConditions(AppraisalService appraisals, Appraisers appraisers, AttendanceService attendance, RoundService rounds,
			Interests declarations, PersonService people, PostService posts, SettingsService settings,
			Clock clock) {
		this.appraisals = appraisals;
		this.appraisers = appraisers;
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
		boolean declared = this.rounds.returnOf(personId).isPresent() || declaredSince(personId, round);
		if (!declared && round.isOpen(today)) {
			// a round just opened: what they returned in the one before still stands until it closes
			DeclarationRound previous = this.rounds.roundOn(round.opensOn().minusDays(1));
			if (this.rounds.returnedIn(previous.year()).contains(personId) || declaredSince(personId, previous)) {
				declared = true;
				round = previous;
			}
		}
		List<RenewalCondition> conditions = RenewalRules.conditions(new RenewalRules.Facts(
				(last != null) ? last.getOutcome() : null, (last != null) ? last.getPeriodTo() : null,
				last != null && AppraisalService.overdue(last.getPeriodTo(), today,
						this.settings.of(appointment.getOrganisationId()).getAppraisalIntervalMonths()),
				record.attended(), record.of(),
				this.settings.of(appointment.getOrganisationId()).getAttendanceThreshold(), round.year(), declared,
				post.getKind().isClinical(), person.isPractising()));
		if (!mayReadAppraisal(personId, last, today)) {
			List<RenewalCondition> shown = new ArrayList<>(conditions);
			shown.set(0, new RenewalCondition(RenewalCondition.Kind.APPRAISAL, RenewalCondition.Status.HIDDEN,
					"renewal.appraisal.hidden", List.of()));
			return List.copyOf(shown);
		}
		return conditions;
	}

	private boolean declaredSince(Long personId, DeclarationRound round) {
		return !this.declarations.declaredSince(List.of(personId), round.opensOn()).isEmpty();
	}

	/**
	 * Whether the user may read someone's appraisals: an administrator, the appraisee, the appraiser of
	 * their last one, or their appraiser now.
	 */
	private boolean mayReadAppraisal(Long personId, Appraisal last, LocalDate today) {
		PecgovPrincipal user = CurrentUser.get();
		Long me = user.getPersonId();
		if (user.getRole() == Role.ADMIN) {
			return true;
		}
		if (me == null) {
			return false;
		}
		return me.equals(personId) || (last != null && me.equals(last.getAppraiserId()))
				|| this.appraisers.appraiserOf(personId, today).filter(me::equals).isPresent();
	}

}
