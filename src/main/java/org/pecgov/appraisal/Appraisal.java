package org.pecgov.appraisal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * An annual appraisal of a post holder. Once both have signed it is locked; a change is a new version.
 */
@Entity
@Table(name = "appraisal")
public class Appraisal extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "person_id", nullable = false, updatable = false)
	private Long personId;

	@Column(name = "appraiser_id", nullable = false, updatable = false)
	private Long appraiserId;

	@Column(name = "appointment_id", nullable = false, updatable = false)
	private Long appointmentId;

	@Column(name = "period_from", nullable = false)
	private LocalDate periodFrom;

	@Column(name = "period_to", nullable = false)
	private LocalDate periodTo;

	@Column(name = "self_assessment")
	private String selfAssessment;

	@Column(name = "objectives_review")
	private String objectivesReview;

	@Enumerated(EnumType.STRING)
	private AppraisalOutcome outcome;

	@Column(name = "member_comments")
	private String memberComments;

	@Column(name = "member_signed_at")
	private Instant memberSignedAt;

	@Column(name = "appraiser_signed_at")
	private Instant appraiserSignedAt;

	@Column(name = "previous_id", updatable = false)
	private Long previousId;

	@Column(nullable = false)
	private boolean superseded;

	@Column(name = "suitability_review", nullable = false)
	private boolean suitabilityReview;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "appraisal_rating", joinColumns = @JoinColumn(name = "appraisal_id"))
	@MapKeyColumn(name = "competency_id")
	@Column(name = "rating")
	private Map<Long, Integer> ratings = new HashMap<>();

	protected Appraisal() {
	}

	Appraisal(Long organisationId, Long personId, Long appraiserId, Long appointmentId, LocalDate periodFrom,
			LocalDate periodTo, Long previousId) {
		this.organisationId = organisationId;
		this.personId = personId;
		this.appraiserId = appraiserId;
		this.appointmentId = appointmentId;
		this.periodFrom = periodFrom;
		this.periodTo = periodTo;
		this.previousId = previousId;
	}

	/** A new version of a locked appraisal, carrying its content, for its appraiser to change. */
	Appraisal nextVersion() {
		Appraisal next = new Appraisal(this.organisationId, this.personId, this.appraiserId, this.appointmentId,
				this.periodFrom, this.periodTo, getId());
		next.selfAssessment = this.selfAssessment;
		next.objectivesReview = this.objectivesReview;
		next.outcome = this.outcome;
		next.ratings = new HashMap<>(this.ratings);
		return next;
	}

	void assessSelf(String text) {
		this.selfAssessment = text;
	}

	void assess(Map<Long, Integer> ratings, String objectivesReview, AppraisalOutcome outcome) {
		this.ratings = new HashMap<>(ratings);
		this.objectivesReview = objectivesReview;
		this.outcome = outcome;
	}

	void comment(String comments) {
		this.memberComments = comments;
	}

	void signByMember(Instant at) {
		this.memberSignedAt = at;
	}

	void signByAppraiser(Instant at, boolean suitabilityReview) {
		this.appraiserSignedAt = at;
		this.suitabilityReview = suitabilityReview;
	}

	/** Any change after a signature takes both signatures away: they sign what is there. */
	void unsign() {
		this.memberSignedAt = null;
		this.appraiserSignedAt = null;
		this.suitabilityReview = false;
	}

	void supersede() {
		this.superseded = true;
	}

	/** Whether both have signed: it can no longer change. */
	public boolean isLocked() {
		return this.memberSignedAt != null && this.appraiserSignedAt != null;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public Long getAppraiserId() {
		return this.appraiserId;
	}

	public Long getAppointmentId() {
		return this.appointmentId;
	}

	public LocalDate getPeriodFrom() {
		return this.periodFrom;
	}

	public LocalDate getPeriodTo() {
		return this.periodTo;
	}

	public String getSelfAssessment() {
		return this.selfAssessment;
	}

	public String getObjectivesReview() {
		return this.objectivesReview;
	}

	public AppraisalOutcome getOutcome() {
		return this.outcome;
	}

	public String getMemberComments() {
		return this.memberComments;
	}

	public Instant getMemberSignedAt() {
		return this.memberSignedAt;
	}

	public Instant getAppraiserSignedAt() {
		return this.appraiserSignedAt;
	}

	public Long getPreviousId() {
		return this.previousId;
	}

	public boolean isSuperseded() {
		return this.superseded;
	}

	public boolean isSuitabilityReview() {
		return this.suitabilityReview;
	}

	public Map<Long, Integer> getRatings() {
		return this.ratings;
	}

}
