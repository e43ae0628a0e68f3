package org.pecgov.appointment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * A person holding a post for a term, against the post's specification of the day. Ending it keeps it.
 */
@Entity
@Table(name = "appointment")
public class Appointment extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "post_id", nullable = false, updatable = false)
	private Long postId;

	@Column(name = "person_id", nullable = false, updatable = false)
	private Long personId;

	@Column(name = "specification_id", nullable = false, updatable = false)
	private Long specificationId;

	@Column(name = "vacancy_id", updatable = false)
	private Long vacancyId;

	@Column(name = "term_start", nullable = false)
	private LocalDate termStart;

	@Column(name = "term_end")
	private LocalDate termEnd;

	@Column(name = "board_seat", nullable = false)
	private boolean boardSeat;

	private String purpose;

	@Column(name = "ended_on")
	private LocalDate endedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "end_reason")
	private EndReason endReason;

	@Column(name = "renews_id", updatable = false)
	private Long renewsId;

	@Column(name = "renewal_unmet", updatable = false)
	private String renewalUnmet;

	@Column(name = "renewal_reason", updatable = false)
	private String renewalReason;

	@Column(name = "second_post_reason", updatable = false)
	private String secondPostReason;

	protected Appointment() {
	}

	public Appointment(Long organisationId, Long postId, Long personId, Long specificationId, Long vacancyId, Term term,
			boolean boardSeat, String purpose) {
		this.organisationId = organisationId;
		this.postId = postId;
		this.personId = personId;
		this.specificationId = specificationId;
		this.vacancyId = vacancyId;
		this.termStart = term.start();
		this.termEnd = term.end();
		this.boardSeat = boardSeat;
		this.purpose = purpose;
	}

	/**
	 * Marks this appointment as the renewal of an earlier term, with the gate's unmet conditions and the
	 * reason it was renewed over them.
	 */
	void renews(Long previousId, List<RenewalCondition.Kind> unmet, String reason) {
		this.renewsId = previousId;
		if (!unmet.isEmpty()) {
			this.renewalUnmet = unmet.stream().map(Enum::name).collect(Collectors.joining(","));
			this.renewalReason = reason;
		}
	}

	void end(LocalDate on, EndReason reason) {
		this.endedOn = on;
		this.endReason = reason;
	}

	/**
	 * Whether the appointment is in force on a day.
	 * @param day the day
	 * @return true from its start to its end (or early end), both days included
	 */
	public boolean isCurrent(LocalDate day) {
		return !day.isBefore(this.termStart) && (lastDay() == null || !day.isAfter(lastDay()));
	}

	/**
	 * The last day it is in force: its early end, else its term's end, else null (open-ended).
	 * @return the day
	 */
	public LocalDate lastDay() {
		if (this.endedOn != null) {
			return this.endedOn;
		}
		return this.termEnd;
	}

	public Term term() {
		return new Term(this.termStart, lastDay());
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getPostId() {
		return this.postId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public Long getSpecificationId() {
		return this.specificationId;
	}

	public Long getVacancyId() {
		return this.vacancyId;
	}

	public LocalDate getTermStart() {
		return this.termStart;
	}

	public LocalDate getTermEnd() {
		return this.termEnd;
	}

	public boolean isBoardSeat() {
		return this.boardSeat;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public LocalDate getEndedOn() {
		return this.endedOn;
	}

	public EndReason getEndReason() {
		return this.endReason;
	}

	public Long getRenewsId() {
		return this.renewsId;
	}

	/**
	 * The conditions of the reappointment gate not met when this term was renewed.
	 * @return them, none when all were met or this is no renewal
	 */
	public List<RenewalCondition.Kind> getRenewalUnmet() {
		return (this.renewalUnmet == null) ? List.of()
				: Arrays.stream(this.renewalUnmet.split(",")).map(RenewalCondition.Kind::valueOf).toList();
	}

	public String getRenewalReason() {
		return this.renewalReason;
	}

	public boolean isEnded() {
		return this.endedOn != null;
	}

	/**
	 * Keeps why someone was given a second post on a committee they already sit on.
	 * @param reason the administrator's reason
	 */
	void secondPost(String reason) {
		this.secondPostReason = reason;
	}

	public String getSecondPostReason() {
		return this.secondPostReason;
	}

}
