package org.pecgov.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.pecgov.committee.PostService;
import org.pecgov.security.CurrentUser;
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

	private final AppointmentRepository appointments;

	private final AppointmentService appointmentService;

	private final PostService posts;

	private final Clock clock;

	RenewalService(AppointmentRepository appointments, AppointmentService appointmentService, PostService posts,
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
		return this.appointments.findByPostIdOrderByTermStartDesc(appointment.getPostId())
			.stream()
			.filter((a) -> a.getPersonId().equals(appointment.getPersonId())
					&& a.getTermStart().isAfter(appointment.getTermStart()))
			.reduce((later, earlier) -> earlier);
	}

	/**
	 * Whether a term is one a renewal is considered for: it has started, has an end and was not ended
	 * early.
	 * @param appointment the term
	 * @return true if so
	 */
	public boolean considered(Appointment appointment) {
		return appointment.getTermEnd() != null && !appointment.isEnded()
				&& !appointment.getTermStart().isAfter(LocalDate.now(this.clock));
	}

	/**
	 * Whether a term can be renewed here: it is considered for renewal, was not renewed already and is
	 * not the PEC chair's.
	 * @param appointment the term
	 * @return true if so
	 */
	public boolean renewable(Appointment appointment) {
		return considered(appointment) && !isPecChair(appointment) && renewalOf(appointment).isEmpty();
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
	@Transactional
	public Appointment renew(Long id, Term term, boolean boardSeat, String reason, boolean confirmed) {
		Appointment previous = this.appointments.lock(id, CurrentUser.organisationId())
			.orElseThrow(() -> new NotFoundException("Appointment", id));
		if (!renewable(previous)) {
			throw new FieldException("termStart", "renewal.notRenewable");
		}
		return this.appointmentService.appoint(new AppointCommand(previous.getPostId(), previous.getPersonId(), term,
				boardSeat, previous.getPurpose(), confirmed, reason), null);
	}

}
