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
		this.kind = details.kind();
		this.relationship = (details.kind() == InterestKind.INDIRECT) ? details.relationship() : null;
		this.category = details.category();
		this.description = details.description();
		this.fromDate = details.fromDate();
		this.toDate = details.toDate();
		this.actions = details.actions();
		if (details.publishConsent() || this.publishConsent) {
			// consent given, or newly withdrawn: any earlier decision no longer applies
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
	 * Whether the published register shows this entry only as "withheld": the declarant asked (by not consenting),
	 * and the guardian has not decided to publish it.
	 * @return true if withheld
	 */
	public boolean isWithheld() {
		return !this.publishConsent && this.withholdDecision != WithholdDecision.PUBLISHED;
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
