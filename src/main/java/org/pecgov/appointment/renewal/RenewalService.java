package org.pecgov.appointment.renewal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pecgov.appointment.AppointCommand;
import org.pecgov.appointment.Appointment;
import org.pecgov.appointment.AppointmentService;
import org.pecgov.appointment.Holdings;
import org.pecgov.appointment.RenewalCondition;
import org.pecgov.appointment.Term;
import org.pecgov.committee.PostService;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renewing a term: the same person appointed again to the same post, directly, through the
 * reappointment gate. The PEC chair is reappointed through a vacancy, on the clinical members'
 * recommendation.
 */
@Service
@Transactional(readOnly = true)
public class RenewalService {

	/** How long after a term ended a new one for the same person in the same post still renews it. */
	public static final int LAPSED_MONTHS = 12;

	private final Holdings appointments;

	private final AppointmentService appointmentService;

	private final PostService posts;

	private final Clock clock;

	RenewalService(Holdings appointments, AppointmentService appointmentService, PostService posts,
			Clock clock) {
		this.appointments = appointments;
		this.appointmentService = appointmentService;
		this.posts = posts;
		this.clock = clock;
	}

	/**
	 * The term that renews an appointment, if one was made: the next appointment of the same person to
	 * the same post.
	 * @param appointment the term
	 * @return the later term
	 */
	public Optional<Appointment> renewalOf(Appointment appointment) {
		return this.appointments.historyOfPost(appointment.getPostId())
			.stream()
			.filter((a) -> a.getPersonId().equals(appointment.getPersonId())
					&& a.getTermStart().isAfter(appointment.getTermStart()))
			.reduce((later, earlier) -> earlier);
	}

	/**
	 * Whether a term is one a renewal is considered for: it has started, has an end, was not ended early
	 * and did not end more than {@value #LAPSED_MONTHS} months ago.
	 * @param appointment the term
	 * @return true if so
	 */
	public boolean considered(Appointment appointment) {
		LocalDate today = LocalDate.now(this.clock);
		return appointment.getTermEnd() != null && !appointment.isEnded() && !appointment.getTermStart().isAfter(today)
				&& recent(appointment, today);
	}

	/**
	 * Whether a term is recent enough on a day for a new one to renew it: it had not ended more than
	 * {@value #LAPSED_MONTHS} months before. Someone appointed again after longer is appointed afresh.
	 * @param appointment the earlier term
	 * @param day the day the new term would start
	 * @return true if so
	 */
	static boolean recent(Appointment appointment, LocalDate day) {
		return appointment.lastDay() == null || !appointment.lastDay().isBefore(day.minusMonths(LAPSED_MONTHS));
	}

	/**
	 * Whether a term can be renewed here: it is considered for renewal, was not renewed already and is
	 * not the PEC chair's.
	 * @param appointment the term
	 * @return true if so
	 */
	public boolean renewable(Appointment appointment) {
		return standing(appointment).renewable();
	}

	/**
	 * Where a term stands for renewal, each fact found once, for a page.
	 * @param renewal the term that renewed it, or null
	 * @param renewable whether it can be renewed here
	 * @param whyNot why not, as a message key, or null when it can be or was renewed (the page links to
	 * the renewal)
	 */
	public record Standing(Appointment renewal, boolean renewable, String whyNot) {
	}

	/**
	 * Where a term stands for renewal: renewed already, renewable, or why not.
	 * @param appointment the term
	 * @return its standing
	 */
	public Standing standing(Appointment appointment) {
		Appointment renewal = renewalOf(appointment).orElse(null);
		if (renewal != null) {
			return new Standing(renewal, false, null);
		}
		if (isPecChair(appointment)) {
			return new Standing(null, false, "renewal.chair");
		}
		if (considered(appointment)) {
			return new Standing(null, true, null);
		}
		if (appointment.isEnded()) {
			return new Standing(null, false, "renewal.endedEarly");
		}
		if (appointment.getTermEnd() == null) {
			return new Standing(null, false, "renewal.openEnded");
		}
		return new Standing(null, false,
				appointment.getTermStart().isAfter(LocalDate.now(this.clock)) ? "renewal.notStarted" : "renewal.lapsed");
	}

	/**
	 * The terms in a post of those who could renew them by being appointed again: started, and not
	 * ended more than {@value #LAPSED_MONTHS} months ago; for a vacancy's candidates.
	 * @param postId the post
	 * @return each holder's latest such term, by person id
	 */
	public Map<Long, Appointment> recentTermsIn(Long postId) {
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, Appointment> terms = new HashMap<>();
		this.appointments.historyOfPost(postId)
			.stream()
			.filter((a) -> !a.getTermStart().isAfter(today) && recent(a, today))
			.forEach((a) -> terms.putIfAbsent(a.getPersonId(), a));
		return terms;
	}

	/**
	 * The reappointment gate for appointing someone to a post from a day, when that renews a recent term
	 * of theirs in it.
	 * @param postId the post, of the user's PCT
	 * @param personId who
	 * @param start the first day of the new term
	 * @return the conditions, or none when it is no renewal
	 */
	public List<RenewalCondition> conditionsFor(Long postId, Long personId, LocalDate start) {
		this.posts.get(postId);
		return termRenewed(this.appointments.historyOfPost(postId), personId, start)
			.map(this.appointmentService::renewalConditions)
			.orElse(List.of());
	}

	/**
	 * The term that a new one in a post would renew: the person's latest earlier term in it, if recent.
	 * @param inPost the post's appointments, latest first
	 * @param personId who
	 * @param start the first day of the new term
	 * @return the term renewed, or empty when the new one is no renewal
	 */
	public static Optional<Appointment> termRenewed(List<Appointment> inPost, Long personId, LocalDate start) {
		return inPost.stream()
			.filter((a) -> a.getPersonId().equals(personId) && a.getTermStart().isBefore(start))
			.findFirst()
			.filter((a) -> recent(a, start));
	}

	/**
	 * Whether a term is the PEC chair's, whom a renewal does not reappoint.
	 * @param appointment the term
	 * @return true if so
	 */
	public boolean isPecChair(Appointment appointment) {
		return this.appointmentService.isPecChair(this.posts.get(appointment.getPostId()));
	}

	/**
	 * Renews a term.
	 * @param id the term to renew
	 * @param term the new term
	 * @param boardSeat whether they sit on the Board in it
	 * @param reason why, when a condition of the gate is not met
	 * @param confirmed whether the user confirmed a composition warning
	 * @return the new appointment
	 */
	/**
	 * What the rules of a further term find wrong with what was typed, without saving, so that the form says
	 * every problem at once: it starts after the term it follows, and keeps the appointment's own rules.
	 * @param id the term it follows
	 * @param start the first day typed, or null
	 * @param end the last day typed, or null
	 * @return the problems
	 */
	public List<FieldException.Problem> problemsOf(Long id, LocalDate start, LocalDate end) {
		Appointment previous = this.appointmentService.get(id);
		if (start == null) {
			return List.of();
		}
		if (!start.isAfter(previous.lastDay())) {
			return List.of(new FieldException.Problem("termStart", "renewal.start.afterTerm"));
		}
		return this.appointmentService.problemsOf(previous.getPostId(), previous.getPersonId(), start, end,
				previous.getPurpose());
	}

	@Transactional
	public Appointment renew(Long id, Term term, boolean boardSeat, String reason, boolean confirmed) {
		Appointment previous = this.appointmentService.lock(id)
			.orElseThrow(() -> new NotFoundException("Appointment", id));
		if (!renewable(previous)) {
			throw new FieldException("renewal", "renewal.notRenewable");
		}
		if (!term.start().isAfter(previous.lastDay())) {
			throw new FieldException("termStart", "renewal.start.afterTerm");
		}
		// the appointment's own rules (the term's length, the post free) are checked as it is made
		return this.appointmentService.appoint(new AppointCommand(previous.getPostId(), previous.getPersonId(), term,
				boardSeat, previous.getPurpose(), confirmed, reason), null);
	}

}
