package org.pecgov.interest.gift;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A gift or hospitality being recorded.
 */
public class GiftForm {

	private Long personId;

	@NotNull
	private GiftKind kind;

	@NotBlank
	@Size(max = 200)
	private String offeredBy;

	private Long directoryId;

	private boolean supplier;

	@NotBlank
	@Size(max = 1000)
	private String description;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("99999999")
	@Digits(integer = 8, fraction = 2)
	private BigDecimal value;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate offeredOn;

	@NotNull
	private Boolean accepted;

	@Size(max = 1000)
	private String reason;

	@Size(max = 200)
	private String approver;

	GiftDetails toDetails() {
		return new GiftDetails(this.kind, this.offeredBy, this.directoryId, this.supplier, this.description, this.value,
				this.offeredOn, Boolean.TRUE.equals(this.accepted), this.reason, this.approver);
	}

	boolean datePlausible() {
		return this.offeredOn == null || this.offeredOn.getYear() >= 1948;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public void setPersonId(Long personId) {
		this.personId = personId;
	}

	public GiftKind getKind() {
		return this.kind;
	}

	public void setKind(GiftKind kind) {
		this.kind = kind;
	}

	public String getOfferedBy() {
		return this.offeredBy;
	}

	public void setOfferedBy(String offeredBy) {
		this.offeredBy = offeredBy;
	}

	public Long getDirectoryId() {
		return this.directoryId;
	}

	public void setDirectoryId(Long directoryId) {
		this.directoryId = directoryId;
	}

	public boolean isSupplier() {
		return this.supplier;
	}

	public void setSupplier(boolean supplier) {
		this.supplier = supplier;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public void setValue(BigDecimal value) {
		this.value = value;
	}

	public LocalDate getOfferedOn() {
		return this.offeredOn;
	}

	public void setOfferedOn(LocalDate offeredOn) {
		this.offeredOn = offeredOn;
	}

	public Boolean getAccepted() {
		return this.accepted;
	}

	public void setAccepted(Boolean accepted) {
		this.accepted = accepted;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getApprover() {
		return this.approver;
	}

	public void setApprover(String approver) {
		this.approver = approver;
	}

}
