package org.pecgov.appointment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The term and seat of an appointment, shared by the direct appointment form and the panel's decision.
 */
public class TermForm {

	private Long version;

	private Long postId;

	private Long personId;

	private Long candidateId;

	@Size(max = 4000)
	private String reasons;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate termStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate termEnd;

	private boolean boardSeat;

	@Size(max = 1000)
	private String purpose;

	private boolean confirmed;

	@Size(max = 2000)
	private String renewalReason;

	@Size(max = 2000)
	private String secondPostReason;

	/** The years from which a term may start or end: keeps absurd dates out of the database. */
	static final int EARLIEST_YEAR = 1990;

	static final int LATEST_YEAR = 2100;

	public AppointCommand toCommand() {
		return new AppointCommand(this.postId, this.personId, new Term(this.termStart, this.termEnd), this.boardSeat,
				this.purpose, this.confirmed, this.renewalReason, this.secondPostReason);
	}

	public boolean datesPlausible() {
		return plausible(this.termStart) && (this.termEnd == null || plausible(this.termEnd));
	}

	private static boolean plausible(LocalDate date) {
		return date.getYear() >= EARLIEST_YEAR && date.getYear() <= LATEST_YEAR;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Long getPostId() {
		return this.postId;
	}

	public void setPostId(Long postId) {
		this.postId = postId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public void setPersonId(Long personId) {
		this.personId = personId;
	}

	public Long getCandidateId() {
		return this.candidateId;
	}

	public void setCandidateId(Long candidateId) {
		this.candidateId = candidateId;
	}

	public String getReasons() {
		return this.reasons;
	}

	public void setReasons(String reasons) {
		this.reasons = reasons;
	}

	public LocalDate getTermStart() {
		return this.termStart;
	}

	public void setTermStart(LocalDate termStart) {
		this.termStart = termStart;
	}

	public LocalDate getTermEnd() {
		return this.termEnd;
	}

	public void setTermEnd(LocalDate termEnd) {
		this.termEnd = termEnd;
	}

	public boolean isBoardSeat() {
		return this.boardSeat;
	}

	public void setBoardSeat(boolean boardSeat) {
		this.boardSeat = boardSeat;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public String getRenewalReason() {
		return this.renewalReason;
	}

	public void setRenewalReason(String renewalReason) {
		this.renewalReason = renewalReason;
	}

	public boolean isConfirmed() {
		return this.confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

	public String getSecondPostReason() {
		return this.secondPostReason;
	}

	public void setSecondPostReason(String secondPostReason) {
		this.secondPostReason = secondPostReason;
	}

}
