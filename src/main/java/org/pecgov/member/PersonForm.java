package org.pecgov.member;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The member form, for creating and editing. Never bound to the entity.
 */
public class PersonForm {

	static final String PHONE = "[0-9+() -]{6,30}";

	private Long version;

	@Size(max = 20)
	private String title;

	@NotBlank
	@Size(max = 100)
	private String givenName;

	@NotBlank
	@Size(max = 100)
	private String familyName;

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	@Pattern(regexp = PHONE)
	private String phone;

	@NotNull
	private Profession profession;

	private RegistrationBody registrationBody;

	@Size(max = 20)
	private String registrationNumber;

	private EmployerType employerType;

	@Size(max = 2000)
	private String affiliations;

	@NotNull
	private Boolean practising;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("5")
	private BigDecimal patientFacingDays;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@Size(max = 4000)
	private String notes;

	@Size(max = 200)
	private String keyProviderRole;

	public static PersonForm empty() {
		PersonForm form = new PersonForm();
		form.patientFacingDays = BigDecimal.ZERO;
		return form;
	}

	public static PersonForm from(Person person) {
		PersonForm form = new PersonForm();
		form.version = person.getVersion();
		form.title = person.getTitle();
		form.givenName = person.getGivenName();
		form.familyName = person.getFamilyName();
		form.email = person.getEmail();
		form.phone = person.getPhone();
		form.profession = person.getProfession();
		form.registrationBody = person.getRegistrationBody();
		form.registrationNumber = person.getRegistrationNumber();
		form.employerType = person.getEmployerType();
		form.affiliations = person.getAffiliations();
		form.practising = person.isPractising();
		form.patientFacingDays = person.getPatientFacingDays();
		form.startDate = person.getStartDate();
		form.notes = person.getNotes();
		form.keyProviderRole = person.getKeyProviderRole();
		return form;
	}

	public PersonDetails toDetails() {
		return new PersonDetails(this.title, this.givenName, this.familyName, this.email.strip(), this.phone,
				this.profession, this.registrationBody, this.registrationNumber, this.employerType, this.affiliations,
				Boolean.TRUE.equals(this.practising), this.patientFacingDays, this.startDate, this.notes,
				this.keyProviderRole);
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getGivenName() {
		return this.givenName;
	}

	public void setGivenName(String givenName) {
		this.givenName = givenName;
	}

	public String getFamilyName() {
		return this.familyName;
	}

	public void setFamilyName(String familyName) {
		this.familyName = familyName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public Profession getProfession() {
		return this.profession;
	}

	public void setProfession(Profession profession) {
		this.profession = profession;
	}

	public RegistrationBody getRegistrationBody() {
		return this.registrationBody;
	}

	public void setRegistrationBody(RegistrationBody registrationBody) {
		this.registrationBody = registrationBody;
	}

	public String getRegistrationNumber() {
		return this.registrationNumber;
	}

	public void setRegistrationNumber(String registrationNumber) {
		this.registrationNumber = registrationNumber;
	}

	public EmployerType getEmployerType() {
		return this.employerType;
	}

	public void setEmployerType(EmployerType employerType) {
		this.employerType = employerType;
	}

	public String getAffiliations() {
		return this.affiliations;
	}

	public void setAffiliations(String affiliations) {
		this.affiliations = affiliations;
	}

	public Boolean getPractising() {
		return this.practising;
	}

	public void setPractising(Boolean practising) {
		this.practising = practising;
	}

	public BigDecimal getPatientFacingDays() {
		return this.patientFacingDays;
	}

	public void setPatientFacingDays(BigDecimal patientFacingDays) {
		this.patientFacingDays = patientFacingDays;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public String getKeyProviderRole() {
		return this.keyProviderRole;
	}

	public void setKeyProviderRole(String keyProviderRole) {
		this.keyProviderRole = keyProviderRole;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

}
