package org.pecgov.interest;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A declaration of interest, as the declarant (or staff on their behalf) writes it.
 */
public class DeclarationForm {

	private Long version;

	private Long personId;

	@NotNull
	private InterestKind kind;

	@Size(max = 100)
	private String relationship;

	@NotNull
	private InterestCategory category;

	@NotBlank
	@Size(max = 2000)
	private String description;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate fromDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate toDate;

	@Size(max = 2000)
	private String actions;

	@NotNull
	private Boolean publishConsent;

	private Set<Long> organisationIds = new LinkedHashSet<>();

	/** Years outside which no interest can plausibly start or end. */
	static final int EARLIEST_YEAR = 1948;

	static final int LATEST_YEAR = 2100;

	public static DeclarationForm from(Declaration d) {
		DeclarationForm form = new DeclarationForm();
		form.version = d.getVersion();
		form.personId = d.getPersonId();
		form.kind = d.getKind();
		form.relationship = d.getRelationship();
		form.category = d.getCategory();
		form.description = d.getDescription();
		form.fromDate = d.getFromDate();
		form.toDate = d.getToDate();
		form.actions = d.getActions();
		form.publishConsent = d.isPublishConsent();
		d.getOrganisations().forEach((o) -> form.organisationIds.add(o.getId()));
		return form;
	}

	DeclarationDetails toDetails() {
		return new DeclarationDetails(this.kind, this.relationship, this.category, this.description, this.fromDate,
				this.toDate, this.actions, Boolean.TRUE.equals(this.publishConsent), Set.copyOf(this.organisationIds));
	}

	boolean fromDatePlausible() {
		return plausible(this.fromDate);
	}

	boolean toDatePlausible() {
		return plausible(this.toDate);
	}

	private static boolean plausible(LocalDate date) {
		return date == null || (date.getYear() >= EARLIEST_YEAR && date.getYear() <= LATEST_YEAR);
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public void setPersonId(Long personId) {
		this.personId = personId;
	}

	public InterestKind getKind() {
		return this.kind;
	}

	public void setKind(InterestKind kind) {
		this.kind = kind;
	}

	public String getRelationship() {
		return this.relationship;
	}

	public void setRelationship(String relationship) {
		this.relationship = relationship;
	}

	public InterestCategory getCategory() {
		return this.category;
	}

	public void setCategory(InterestCategory category) {
		this.category = category;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public LocalDate getFromDate() {
		return this.fromDate;
	}

	public void setFromDate(LocalDate fromDate) {
		this.fromDate = fromDate;
	}

	public LocalDate getToDate() {
		return this.toDate;
	}

	public void setToDate(LocalDate toDate) {
		this.toDate = toDate;
	}

	public String getActions() {
		return this.actions;
	}

	public void setActions(String actions) {
		this.actions = actions;
	}

	public Boolean getPublishConsent() {
		return this.publishConsent;
	}

	public void setPublishConsent(Boolean publishConsent) {
		this.publishConsent = publishConsent;
	}

	public Set<Long> getOrganisationIds() {
		return this.organisationIds;
	}

	public void setOrganisationIds(Set<Long> organisationIds) {
		this.organisationIds = (organisationIds != null) ? organisationIds : new LinkedHashSet<>();
	}

}
