package org.pecgov.audit;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pecgov.interest.gift.Gift;
import org.pecgov.interest.gift.GiftDetails;
import org.pecgov.interest.gift.GiftKind;
import org.pecgov.interest.gift.GiftService;
import org.pecgov.member.Person;
import org.pecgov.member.PersonBuilder;
import org.pecgov.member.PersonDetails;
import org.pecgov.member.PersonService;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.StaleEditException;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Writes through the services, on PostgreSQL: each is audited in its own transaction, scoped to the
 * user's PCT and guarded by its version.
 */
@IntegrationTest
class AuditTrailTest {

	@Autowired
	private PersonService people;

	@Autowired
	private AuditService audit;

	@Autowired
	private GiftService gifts;

	@Autowired
	private JdbcTemplate jdbc;

	private long northshire;

	@BeforeEach
	void signInAsNorthshireAdmin() {
		this.northshire = new DemoIds(this.jdbc).organisation("NSH");
		signIn(Role.ADMIN, this.northshire);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void recordsWhoCreatedChangedAndRetiredAMemberWithEachChangedField() {
		Person person = this.people.create(PersonBuilder.aPerson().named("Audit", "Trail").details());
		PersonDetails changed = PersonBuilder.aPerson().named("Audit", "Trail-Smith").details();
		person = this.people.update(person.getId(), person.getVersion(), changed);
		this.people.retire(person.getId(), person.getVersion());

		List<AuditEntry> history = this.audit.historyOf("Person", person.getId(), 0).getContent();

		assertThat(history).extracting((e) -> e.event().getAction())
			.containsExactly(AuditAction.RETIRE, AuditAction.UPDATE, AuditAction.CREATE);
		assertThat(history).allSatisfy((e) -> {
			assertThat(e.event().getActor()).isEqualTo("admin@test.example");
			assertThat(e.event().getOrganisationId()).isEqualTo(this.northshire);
		});
		AuditEntry update = history.get(1);
		assertThat(update.changes()).extracting(AuditChange::getField, AuditChange::getOldValue, AuditChange::getNewValue)
			.contains(org.assertj.core.groups.Tuple.tuple("familyName", "Trail", "Trail-Smith"),
					org.assertj.core.groups.Tuple.tuple("email", "audit.trail@test.example",
							"audit.trail-smith@test.example"));
		assertThat(update.changes()).extracting(AuditChange::getField).doesNotContain("version", "givenName");
		assertThat(history.get(0).changes()).extracting(AuditChange::getField).contains("status", "retiredOn");
	}

	@Test
	void aWriteThatFailsLeavesNeitherTheRecordNorItsAuditEvent() {
		Person first = this.people.create(PersonBuilder.aPerson().named("Only", "Once").details());
		int events = count();

		assertThatThrownBy(() -> this.people.create(PersonBuilder.aPerson().named("Only", "Once").details()))
			.isInstanceOf(FieldException.class);

		assertThat(count()).isEqualTo(events);
		assertThat(this.jdbc.queryForObject("select count(*) from person where email = ?", Integer.class,
				first.getEmail()))
			.isEqualTo(1);
	}

	@Test
	void aStaleEditIsRefusedAndChangesNothing() {
		Person person = this.people.create(PersonBuilder.aPerson().named("Stale", "Edit").details());
		this.people.update(person.getId(), person.getVersion(), PersonBuilder.aPerson().named("Stale", "First").details());

		assertThatThrownBy(() -> this.people.update(person.getId(), person.getVersion(),
				PersonBuilder.aPerson().named("Stale", "Second").details()))
			.isInstanceOf(StaleEditException.class);
		assertThat(this.people.get(person.getId()).getFamilyName()).isEqualTo("First");
	}

	@Test
	void anotherPctsMemberDoesNotExistForThisPct() {
		Person person = this.people.create(PersonBuilder.aPerson().named("North", "Only").details());
		signIn(Role.ADMIN, new DemoIds(this.jdbc).organisation("SVL"));

		assertThatThrownBy(() -> this.people.get(person.getId())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.people.retire(person.getId(), person.getVersion()))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.audit.historyOf("Person", person.getId(), 0)).isEmpty();
	}

	@Test
	void recordsNumbersAsTheyReadNotAsTheDatabaseStoresThem() {
		Person person = this.people.create(PersonBuilder.aPerson().named("Days", "Changed").details());
		PersonDetails details = PersonBuilder.aPerson().named("Days", "Changed").details();
		PersonDetails fewerDays = new PersonDetails(details.title(), details.givenName(), details.familyName(),
				details.email(), details.phone(), details.profession(), details.registrationBody(),
				details.registrationNumber(), details.employerType(), details.affiliations(), details.practising(),
				new BigDecimal("1"), details.startDate(), details.notes(), null);

		this.people.update(person.getId(), person.getVersion(), fewerDays);

		AuditEntry update = this.audit.historyOf("Person", person.getId(), 0).getContent().get(0);
		assertThat(update.changes()).extracting(AuditChange::getField, AuditChange::getOldValue, AuditChange::getNewValue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("patientFacingDays", "2.5", "1"));
	}

	@Test
	void findsEveryChangeConcerningAPersonAcrossTheirRecordsAndOnlyInTheirPct() {
		Person person = this.people.create(PersonBuilder.aPerson().named("Concerned", "Person").details());
		Person other = this.people.create(PersonBuilder.aPerson().named("Concerned", "Other").details());
		Gift gift = this.gifts.record(person.getId(), lunch());
		this.gifts.record(other.getId(), lunch());

		AuditFilter concerning = new AuditFilter(null, null, person.getId(), null, null, null, null);
		assertThat(this.audit.list(concerning, 0).getContent())
			.extracting((e) -> e.event().getEntityType() + " " + e.event().getEntityId())
			.containsExactlyInAnyOrder("Person " + person.getId(), "Gift " + gift.getId());
		assertThat(this.audit.peopleConcerned()).extracting(java.util.Map.Entry::getKey)
			.contains(person.getId(), other.getId());
		assertThat(this.audit.peopleConcerned()).filteredOn((p) -> p.getKey().equals(person.getId()))
			.extracting(java.util.Map.Entry::getValue)
			.singleElement()
			.asString()
			.contains("Concerned", "Person");

		signIn(Role.ADMIN, new DemoIds(this.jdbc).organisation("SVL"));
		assertThat(this.audit.list(concerning, 0)).isEmpty();
		assertThat(this.audit.peopleConcerned()).extracting(java.util.Map.Entry::getKey).doesNotContain(person.getId());
	}

	private static GiftDetails lunch() {
		return new GiftDetails(GiftKind.HOSPITALITY, "Concerned Supplies Ltd", null, false, "Working lunch",
				new BigDecimal("12"), java.time.LocalDate.of(2026, 1, 5), true, null, null);
	}

	private int count() {
		return this.jdbc.queryForObject("select count(*) from audit_event", Integer.class);
	}

	private static void signIn(Role role, long organisationId) {
		var principal = TestUsers.of(role, organisationId, null);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
					principal.getAuthorities()));
	}

}
