package org.pecgov.member;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.test.util.ReflectionTestUtils;

/**
 * Members for tests: a practising GP unless told otherwise.
 */
public final class PersonBuilder {

	private Long id;

	private Long organisationId = 10L;

	private String givenName = "Amelia";

	private String familyName = "Hart";

	private String email = "amelia.hart@test.example";

	private Profession profession = Profession.GP;

	private RegistrationBody body = RegistrationBody.GMC;

	private String number = "4567890";

	private boolean practising = true;

	private BigDecimal days = new BigDecimal("2.5");

	private long version;

	private String keyProviderRole;

	public static PersonBuilder aPerson() {
		return new PersonBuilder();
	}

	public PersonBuilder id(long id) {
		this.id = id;
		return this;
	}

	public PersonBuilder in(long organisationId) {
		this.organisationId = organisationId;
		return this;
	}

	public PersonBuilder named(String givenName, String familyName) {
		this.givenName = givenName;
		this.familyName = familyName;
		this.email = (givenName + "." + familyName + "@test.example").toLowerCase();
		return this;
	}

	public PersonBuilder email(String email) {
		this.email = email;
		return this;
	}

	public PersonBuilder profession(Profession profession) {
		this.profession = profession;
		this.body = null;
		this.number = null;
		return this;
	}

	public PersonBuilder practising(boolean practising, String days) {
		this.practising = practising;
		this.days = new java.math.BigDecimal(days);
		return this;
	}

	public PersonBuilder keyProviderRole(String role) {
		this.keyProviderRole = role;
		return this;
	}

	public PersonBuilder version(long version) {
		this.version = version;
		return this;
	}

	public PersonDetails details() {
		return new PersonDetails("Dr", this.givenName, this.familyName, this.email, "01632 960 123", this.profession,
				this.body, this.number, EmployerType.INDEPENDENT_CONTRACTOR, "Riverside Medical Practice",
				this.practising, this.days, LocalDate.of(2006, 4, 1), null, this.keyProviderRole);
	}

	public Person build() {
		Person person = new Person(this.organisationId, details());
		if (this.id != null) {
			ReflectionTestUtils.setField(person, "id", this.id);
		}
		ReflectionTestUtils.setField(person, "version", this.version);
		return person;
	}

}
