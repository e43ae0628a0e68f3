package org.pecgov.appointment.ballot;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * The clinical members' secret ballot recommending a PEC chair. Who may vote and who has voted are
 * kept in ballot_voter; the votes in ballot_vote, with neither voter nor time.
 */
@Entity
@Table(name = "ballot")
public class Ballot extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "vacancy_id", nullable = false, updatable = false)
	private Long vacancyId;

	@Column(name = "opened_on", nullable = false, updatable = false)
	private LocalDate openedOn;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	@Column(name = "confirmed_by")
	private String confirmedBy;

	@Column(name = "confirmed_on")
	private LocalDate confirmedOn;

	protected Ballot() {
	}

	public Ballot(Long organisationId, Long vacancyId, LocalDate openedOn) {
		this.vacancyId = vacancyId;
		this.openedOn = openedOn;
		this.organisationId = organisationId;
	}

	void close(LocalDate on) {
		this.closedOn = on;
	}

	void confirm(String by, LocalDate on) {
		this.confirmedBy = by;
		this.confirmedOn = on;
	}

	public boolean isOpen() {
		return this.closedOn == null;
	}

	public boolean isConfirmed() {
		return this.confirmedOn != null;
	}

	public Long getVacancyId() {
		return this.vacancyId;
	}

	public LocalDate getOpenedOn() {
		return this.openedOn;
	}

	public LocalDate getClosedOn() {
		return this.closedOn;
	}

	public String getConfirmedBy() {
		return this.confirmedBy;
	}

	public LocalDate getConfirmedOn() {
		return this.confirmedOn;
	}


	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

}
