package org.pecgov.member;

import java.time.Instant;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pecgov.organisation.Organisation;
import org.pecgov.support.PecgovDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@PecgovDatabase
class PersonRepositoryTest {

	@Autowired
	private PersonRepository people;

	@Autowired
	private TestEntityManager entities;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private JdbcTemplate jdbc;

	private Long pct;

	private Long otherPct;

	@BeforeEach
	void organisations() {
		String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
		Organisation sha = this.entities.persist(Organisation.sha("S" + suffix, "SHA " + suffix, Instant.now()));
		this.pct = this.entities.persist(Organisation.pct("P" + suffix, "PCT " + suffix, sha, Instant.now())).getId();
		this.otherPct = this.entities.persist(Organisation.pct("Q" + suffix, "Other PCT " + suffix, sha, Instant.now()))
			.getId();
	}

	@Test
	void flywayCreatedTheSchemaOnPostgresql() {
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		assertThat(this.jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void listsOnlyTheMembersOfOnePctSortedByFamilyName() {
		save(PersonBuilder.aPerson().in(this.pct).named("Zoe", "Young"));
		save(PersonBuilder.aPerson().in(this.pct).named("Adam", "Ali"));
		save(PersonBuilder.aPerson().in(this.otherPct).named("Bea", "Brown"));

		Page<Person> page = this.people.search(this.pct, new PersonFilter(null, null, false),
				PageRequest.of(0, 25, PersonService.REGISTER_ORDER));

		assertThat(page.getContent()).extracting(Person::getFamilyName).containsExactly("Ali", "Young");
	}

	@Test
	void findsByPartOfTheNameOrEmailAndTreatsWildcardsAsText() {
		save(PersonBuilder.aPerson().in(this.pct).named("Rajesh", "Patel"));
		save(PersonBuilder.aPerson().in(this.pct).named("Sarah", "Collins"));

		assertThat(search("jesh pat")).extracting(Person::getFamilyName).containsExactly("Patel");
		assertThat(search("COLL")).extracting(Person::getFamilyName).containsExactly("Collins");
		assertThat(search("%")).isEmpty();
		assertThat(search("_")).isEmpty();
	}

	@Test
	void hidesRetiredMembersUnlessAsked() {
		Person retired = save(PersonBuilder.aPerson().in(this.pct).named("Old", "Member"));
		retired.retire(java.time.LocalDate.of(2026, 1, 1));
		save(PersonBuilder.aPerson().in(this.pct).named("New", "Member"));
		this.entities.flush();

		assertThat(this.people.search(this.pct, new PersonFilter(null, null, false), PageRequest.of(0, 25)))
			.hasSize(1);
		assertThat(this.people.search(this.pct, new PersonFilter(null, null, true), PageRequest.of(0, 25)))
			.hasSize(2);
	}

	@Test
	void filtersByProfession() {
		save(PersonBuilder.aPerson().in(this.pct).named("Gp", "One"));
		save(PersonBuilder.aPerson().in(this.pct).named("Nurse", "Two").profession(Profession.NURSE));

		assertThat(this.people.search(this.pct, new PersonFilter(null, Profession.NURSE, false), PageRequest.of(0, 25)))
			.extracting(Person::getGivenName)
			.containsExactly("Nurse");
	}

	@Test
	void neverFindsAnotherPctsMemberById() {
		Person other = save(PersonBuilder.aPerson().in(this.otherPct).named("Bea", "Brown"));

		assertThat(this.people.findByIdAndOrganisationId(other.getId(), this.pct)).isEmpty();
		assertThat(this.people.findByIdAndOrganisationId(other.getId(), this.otherPct)).isPresent();
	}

	@Test
	void refusesTheSameEmailTwiceInOnePctWhateverItsCase() {
		save(PersonBuilder.aPerson().in(this.pct).named("A", "B").email("same@test.example"));
		save(PersonBuilder.aPerson().in(this.otherPct).named("A", "B").email("same@test.example"));

		assertThat(this.people.emailTaken(this.pct, "SAME@test.example", -1L)).isTrue();
		assertThatThrownBy(() -> save(PersonBuilder.aPerson().in(this.pct).named("C", "D").email("Same@Test.example")))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "5.5", "1.3", "-0.5" })
	void theDatabaseRefusesPatientFacingDaysOutOfRangeOrNotInHalves(String days) {
		Person person = save(PersonBuilder.aPerson().in(this.pct).named("A", "B"));

		assertThatThrownBy(() -> this.jdbc.update("update person set patient_facing_days = ?::numeric where id = ?",
				days, person.getId()))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void loadsAPageOfTheRegisterInTwoStatementsWhateverItsSize() {
		IntStream.range(0, 60).forEach((i) -> save(PersonBuilder.aPerson().in(this.pct).named("Given" + i, "Family" + i)));
		this.entities.clear();
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();

		Page<Person> first = this.people.search(this.pct, new PersonFilter("family", null, false),
				PageRequest.of(0, 25, PersonService.REGISTER_ORDER));
		first.getContent().forEach((p) -> assertThat(p.getFullName()).isNotBlank());

		assertThat(first.getTotalElements()).isEqualTo(60);
		assertThat(first.getContent()).hasSize(25);
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
	}

	private java.util.List<Person> search(String query) {
		return this.people.search(this.pct, new PersonFilter(query, null, false), PageRequest.of(0, 25)).getContent();
	}

	private Person save(PersonBuilder builder) {
		Person person = this.people.saveAndFlush(builder.build());
		return person;
	}

}
