package org.pecgov.member;

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
 * A person on a PCT's member register.
 */
@Entity
@Table(name = "person")
public class Person extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	private String title;

	@Column(name = "given_name", nullable = false)
	private String givenName;

	@Column(name = "family_name", nullable = false)
	private String familyName;

	@Column(nullable = false)
	private String email;

	private String phone;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Profession profession;

	@Enumerated(EnumType.STRING)
	@Column(name = "registration_body")
	private RegistrationBody registrationBody;

	@Column(name = "registration_number")
	private String registrationNumber;

	@Enumerated(EnumType.STRING)
	@Column(name = "employer_type")
	private EmployerType employerType;

	private String affiliations;

	@Column(nullable = false)
	private boolean practising;

	@Column(name = "patient_facing_days", nullable = false, precision = 2, scale = 1)
	private BigDecimal patientFacingDays = BigDecimal.ZERO;

	@Column(name = "start_date")
	private LocalDate startDate;

	private String notes;

	@Column(name = "key_provider_role")
	private String keyProviderRole;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MemberStatus status = MemberStatus.ACTIVE;

	@Column(name = "retired_on")
	private LocalDate retiredOn;

	protected Person() {
	}

	public Person(Long organisationId, PersonDetails details) {
		this.organisationId = organisationId;
		apply(details);
	}

	/**
	 * Replaces every field that an administrator edits.
	 * @param details the new values
	 */
	public void apply(PersonDetails details) {
		this.title = details.title();
		this.givenName = details.givenName();
		this.familyName = details.familyName();
		this.email = details.email();
		this.phone = details.phone();
		this.profession = details.profession();
		this.registrationBody = details.registrationBody();
		this.registrationNumber = RegistrationBody.normalise(details.registrationNumber());
		this.employerType = details.employerType();
		this.affiliations = details.affiliations();
		this.practising = details.practising();
		this.patientFacingDays = details.patientFacingDays();
		this.startDate = details.startDate();
		this.notes = details.notes();
		this.keyProviderRole = details.keyProviderRole();
	}

	public void changeContact(String email, String phone) {
		this.email = email;
		this.phone = phone;
	}

	public void retire(LocalDate today) {
		if (this.status == MemberStatus.RETIRED) {
			throw new IllegalStateException("Already retired");
		}
		this.status = MemberStatus.RETIRED;
		this.retiredOn = today;
	}

	public void reinstate() {
		if (this.status != MemberStatus.RETIRED) {
			throw new IllegalStateException("Not retired");
		}
		this.status = MemberStatus.ACTIVE;
		this.retiredOn = null;
	}

	public String getFullName() {
		return this.givenName + " " + this.familyName;
	}

	public boolean isRetired() {
		return this.status == MemberStatus.RETIRED;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getGivenName() {
		return this.givenName;
	}

	public String getFamilyName() {
		return this.familyName;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	public Profession getProfession() {
		return this.profession;
	}

	public RegistrationBody getRegistrationBody() {
		return this.registrationBody;
	}

	public String getRegistrationNumber() {
		return this.registrationNumber;
	}

	public EmployerType getEmployerType() {
		return this.employerType;
	}

	public String getAffiliations() {
		return this.affiliations;
	}

	public boolean isPractising() {
		return this.practising;
	}

	public BigDecimal getPatientFacingDays() {
		return this.patientFacingDays;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public String getNotes() {
		return this.notes;
	}

	/**
	 * The member's key role in a significant provider organisation (§3.10), or null.
	 * @return e.g. "Director, Northshire Community Health Ltd"
	 */
	public String getKeyProviderRole() {
		return this.keyProviderRole;
	}

	public MemberStatus getStatus() {
		return this.status;
	}

	public LocalDate getRetiredOn() {
		return this.retiredOn;
	}

}
