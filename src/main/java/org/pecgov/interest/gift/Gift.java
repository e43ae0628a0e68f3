package org.pecgov.interest.gift;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * A gift or hospitality offered to a post holder, accepted or declined.
 */
@Entity
@Table(name = "gift")
public class Gift extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "person_id", nullable = false, updatable = false)
	private Long personId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private GiftKind kind;

	@Column(name = "offered_by", nullable = false)
	private String offeredBy;

	@Column(name = "directory_id")
	private Long directoryId;

	@Column(nullable = false)
	private boolean supplier;

	@Column(nullable = false)
	private String description;

	@Column(nullable = false, precision = 10, scale = 2)
	private BigDecimal value;

	@Column(name = "offered_on", nullable = false)
	private LocalDate offeredOn;

	@Column(nullable = false)
	private boolean accepted;

	private String reason;

	private String approver;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	protected Gift() {
	}

	Gift(Long organisationId, Long personId, GiftDetails details, String recordedBy) {
		this.organisationId = organisationId;
		this.personId = personId;
		this.kind = details.kind();
		this.offeredBy = details.offeredBy();
		this.directoryId = details.directoryId();
		this.supplier = details.supplier();
		this.description = details.description();
		this.value = details.value();
		this.offeredOn = details.offeredOn();
		this.accepted = details.accepted();
		this.reason = details.reason();
		this.approver = details.approver();
		this.recordedBy = recordedBy;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public GiftKind getKind() {
		return this.kind;
	}

	public String getOfferedBy() {
		return this.offeredBy;
	}

	public Long getDirectoryId() {
		return this.directoryId;
	}

	public boolean isSupplier() {
		return this.supplier;
	}

	public String getDescription() {
		return this.description;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public LocalDate getOfferedOn() {
		return this.offeredOn;
	}

	public boolean isAccepted() {
		return this.accepted;
	}

	public String getReason() {
		return this.reason;
	}

	public String getApprover() {
		return this.approver;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

}
