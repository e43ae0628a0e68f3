package org.pecgov.interest;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

import org.pecgov.interest.directory.DirectoryOrganisation;
import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * A declaration of interest by someone holding or applying for a post.
 */
@Entity
@Table(name = "declaration")
public class Declaration extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "person_id", nullable = false, updatable = false)
	private Long personId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private InterestKind kind;

	private String relationship;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private InterestCategory category;

	@Column(nullable = false)
	private String description;

	@Column(name = "from_date", nullable = false)
	private LocalDate fromDate;

	@Column(name = "to_date")
	private LocalDate toDate;

	private String actions;

	@Column(name = "publish_consent", nullable = false)
	private boolean publishConsent;

	/** The guardian's decision on a declarant's request to withhold the entry: null while none is made. */
	@Enumerated(EnumType.STRING)
	@Column(name = "withhold_decision")
	private WithholdDecision withholdDecision;

	/** The guardian's reason, never published. */
	@Column(name = "withhold_note")
	private String withholdNote;

	@Column(name = "withhold_decided_by")
	private String withholdDecidedBy;

	@Column(name = "withhold_decided_on")
	private LocalDate withholdDecidedOn;

	@Column(name = "declared_on", nullable = false, updatable = false)
	private LocalDate declaredOn;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	@Enumerated(EnumType.STRING)
	@Column(name = "review_status", nullable = false)
	private ReviewStatus reviewStatus = ReviewStatus.PENDING;

	/** The words the published register shows; null while it has never been published. */
	@Column(name = "public_description")
	private String publicDescription;

	@Column(name = "public_actions")
	private String publicActions;

	// what else the published register shows, as it was last published (kept while a change waits for review)

	@Enumerated(EnumType.STRING)
	@Column(name = "public_kind")
	private InterestKind publicKind;

	@Column(name = "public_relationship")
	private String publicRelationship;

	@Enumerated(EnumType.STRING)
	@Column(name = "public_category")
	private InterestCategory publicCategory;

	@Column(name = "public_from")
	private LocalDate publicFrom;

	@Column(name = "public_concerns")
	private String publicConcerns;

	/** Whether the reviewer published other words than the declarant's. */
	@Column(name = "wording_edited", nullable = false)
	private boolean wordingEdited;

	/** The reviewer's request to the declarant, or their note to the guardian. */
	@Column(name = "review_note")
	private String reviewNote;

	@Column(name = "reviewed_by")
	private String reviewedBy;

	@Column(name = "reviewed_on")
	private LocalDate reviewedOn;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "declaration_organisation", joinColumns = @JoinColumn(name = "declaration_id"),
			inverseJoinColumns = @JoinColumn(name = "directory_id"))
	private Set<DirectoryOrganisation> organisations = new LinkedHashSet<>();

	protected Declaration() {
	}

	Declaration(Long organisationId, Long personId, DeclarationDetails details, Set<DirectoryOrganisation> concerned,
			LocalDate declaredOn, String recordedBy) {
		this.organisationId = organisationId;
		this.personId = personId;
		this.declaredOn = declaredOn;
		this.recordedBy = recordedBy;
		apply(details, concerned);
	}

	void apply(DeclarationDetails details, Set<DirectoryOrganisation> concerned) {
		if (isWithheld()) {
			// what was withheld is not published again until it is reviewed again
			this.publicDescription = null;
			this.publicActions = null;
		}
		this.kind = details.kind();
		this.relationship = (details.kind() == InterestKind.INDIRECT) ? details.relationship() : null;
		this.category = details.category();
		this.description = details.description();
		this.fromDate = details.fromDate();
		this.toDate = details.toDate();
		this.actions = details.actions();
		if (details.publishConsent() != this.publishConsent) {
			// consent given, or withdrawn: an earlier decision on the request no longer applies (a decision to
			// withhold an entry the guardian was asked about stays, whatever else is changed)
			clearDecision();
		}
		this.publishConsent = details.publishConsent();
		this.organisations = new LinkedHashSet<>(concerned);
	}

	void decideWithholding(WithholdDecision decision, String note, String by, LocalDate on) {
		this.withholdDecision = decision;
		this.withholdNote = note;
		this.withholdDecidedBy = by;
		this.withholdDecidedOn = on;
	}

	private void clearDecision() {
		this.withholdDecision = null;
		this.withholdNote = null;
		this.withholdDecidedBy = null;
		this.withholdDecidedOn = null;
	}

	/**
	 * Whether the published register shows this entry only as "withheld": the declarant asked (by not consenting)
	 * and the guardian has not decided to publish it, or the guardian withheld it.
	 * @return true if withheld
	 */
	public boolean isWithheld() {
		return (!this.publishConsent && this.withholdDecision != WithholdDecision.PUBLISHED)
				|| this.withholdDecision == WithholdDecision.WITHHELD;
	}

	/** New or changed: waits for review; the register keeps showing what was published before, if anything. */
	void awaitReview() {
		this.reviewStatus = ReviewStatus.PENDING;
		this.reviewNote = null;
	}

	/**
	 * Published: in the declarant's words, or in the reviewer's.
	 * @param description the public wording of the details
	 * @param actions the public wording of the actions taken
	 * @param by who published it
	 * @param on when
	 */
	void publish(String description, String actions, String by, LocalDate on) {
		this.wordingEdited = !description.equals(this.description)
				|| !java.util.Objects.equals(blankToNull(actions), blankToNull(this.actions));
		this.publicDescription = description;
		this.publicActions = blankToNull(actions);
		this.publicKind = this.kind;
		this.publicRelationship = this.relationship;
		this.publicCategory = this.category;
		this.publicFrom = this.fromDate;
		this.publicConcerns = this.organisations.isEmpty() ? null
				: this.organisations.stream()
					.map(DirectoryOrganisation::getName)
					.sorted()
					.collect(java.util.stream.Collectors.joining("; "));
		this.reviewStatus = ReviewStatus.PUBLISHED;
		this.reviewNote = null;
		this.reviewedBy = by;
		this.reviewedOn = on;
	}

	void askChange(String note, String by, LocalDate on) {
		this.reviewStatus = ReviewStatus.CHANGE_ASKED;
		this.reviewNote = note;
		this.reviewedBy = by;
		this.reviewedOn = on;
	}

	void passToGuardian(String note, String by, LocalDate on) {
		this.reviewStatus = ReviewStatus.WITH_GUARDIAN;
		this.reviewNote = note;
		this.reviewedBy = by;
		this.reviewedOn = on;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public ReviewStatus getReviewStatus() {
		return this.reviewStatus;
	}

	public String getPublicDescription() {
		return this.publicDescription;
	}

	public String getPublicActions() {
		return this.publicActions;
	}

	public boolean isWordingEdited() {
		return this.wordingEdited;
	}

	public String getReviewNote() {
		return this.reviewNote;
	}

	public String getReviewedBy() {
		return this.reviewedBy;
	}

	public LocalDate getReviewedOn() {
		return this.reviewedOn;
	}

	public WithholdDecision getWithholdDecision() {
		return this.withholdDecision;
	}

	public String getWithholdNote() {
		return this.withholdNote;
	}

	public String getWithholdDecidedBy() {
		return this.withholdDecidedBy;
	}

	public LocalDate getWithholdDecidedOn() {
		return this.withholdDecidedOn;
	}

	void end(LocalDate on) {
		this.toDate = on;
	}

	/**
	 * Whether the interest stands on a day.
	 * @param day the day
	 * @return true from its from-date to its to-date, both included
	 */
	public boolean isCurrent(LocalDate day) {
		return !day.isBefore(this.fromDate) && (this.toDate == null || !day.isAfter(this.toDate));
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public InterestKind getKind() {
		return this.kind;
	}

	public String getRelationship() {
		return this.relationship;
	}

	public InterestCategory getCategory() {
		return this.category;
	}

	public String getDescription() {
		return this.description;
	}

	public LocalDate getFromDate() {
		return this.fromDate;
	}

	public LocalDate getToDate() {
		return this.toDate;
	}

	public String getActions() {
		return this.actions;
	}

	public boolean isPublishConsent() {
		return this.publishConsent;
	}

	public LocalDate getDeclaredOn() {
		return this.declaredOn;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public Set<DirectoryOrganisation> getOrganisations() {
		return this.organisations;
	}

}
