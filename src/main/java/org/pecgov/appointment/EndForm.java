package org.pecgov.appointment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Ending an appointment early.
 */
public class EndForm {

	private Long version;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endedOn;

	@NotNull
	private EndReason reason;

	private boolean confirmed;

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public LocalDate getEndedOn() {
		return this.endedOn;
	}

	public void setEndedOn(LocalDate endedOn) {
		this.endedOn = endedOn;
	}

	public EndReason getReason() {
		return this.reason;
	}

	public void setReason(EndReason reason) {
		this.reason = reason;
	}

	public boolean isConfirmed() {
		return this.confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

}
