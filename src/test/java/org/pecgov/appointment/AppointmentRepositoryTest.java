package org.pecgov.appointment;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pecgov.support.PecgovDatabase;
import org.pecgov.support.VacancyRows;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@PecgovDatabase
class AppointmentRepositoryTest {

	@Autowired
	private AppointmentRepository appointments;

	@Autowired
	private TestEntityManager entities;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void findsAnOrganisationsOpenAppointmentsAndRefusesTermsEndingBeforeTheyStart() {
		VacancyRows pct = fixture("D");
		this.jdbc.update("insert into appointment (organisation_id, post_id, person_id, specification_id, term_start, "
				+ "term_end) values (?, ?, ?, ?, ?, ?)", pct.organisation(), pct.post(), pct.person(), pct.specification(),
				LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));

		assertThat(this.appointments.currentIn(pct.organisation(), LocalDate.of(2026, 11, 23))).hasSize(1)
			.allSatisfy((a) -> assertThat(a.isCurrent(LocalDate.of(2026, 11, 23))).isTrue());
		assertThatThrownBy(() -> this.jdbc.update("insert into appointment (organisation_id, post_id, person_id, "
				+ "specification_id, term_start, term_end) values (?, ?, ?, ?, ?, ?)", pct.organisation(), pct.post(),
				pct.person(), pct.specification(), LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aTermEndedEarlyFromALaterDayIsInForceUntilThatDayAsTheEntitySays() {
		VacancyRows pct = fixture("F");
		LocalDate day = LocalDate.of(2026, 12, 1);
		appointment(pct, LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31), day.plusDays(30)); // resigns next month
		appointment(pct, LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31), day.minusDays(1)); // resigned yesterday
		appointment(pct, day.plusDays(1), LocalDate.of(2029, 12, 31), null); // starts tomorrow
		appointment(pct, LocalDate.of(2024, 1, 1), null, null); // open-ended

		List<Appointment> current = this.appointments.currentIn(pct.organisation(), day);
		List<Appointment> currentOrComing = this.appointments.currentOrComingIn(pct.organisation(), day);

		assertThat(current).hasSize(2).allSatisfy((a) -> assertThat(a.isCurrent(day)).isTrue());
		assertThat(currentOrComing).hasSize(3);
		assertThat(this.appointments.findByOrganisationId(pct.organisation())).filteredOn((a) -> a.isCurrent(day))
			.containsExactlyInAnyOrderElementsOf(current);
	}

	private void appointment(VacancyRows pct, LocalDate start, LocalDate end, LocalDate endedOn) {
		this.jdbc.update("insert into appointment (organisation_id, post_id, person_id, specification_id, term_start, "
				+ "term_end, ended_on, end_reason) values (?, ?, ?, ?, ?, ?, ?, ?)", pct.organisation(), pct.post(),
				pct.person(), pct.specification(), start, end, endedOn, (endedOn != null) ? "RESIGNED" : null);
	}

	@Test
	void aRenewalOverAnUnmetConditionKeepsItsReasonOrIsRefused() {
		VacancyRows pct = fixture("E");
		long first = this.jdbc.queryForObject("insert into appointment (organisation_id, post_id, person_id, "
				+ "specification_id, term_start, term_end) values (?, ?, ?, ?, ?, ?) returning id", Long.class,
				pct.organisation(), pct.post(), pct.person(), pct.specification(), LocalDate.of(2023, 4, 1),
				LocalDate.of(2026, 3, 31));
		this.jdbc.update("insert into appointment (organisation_id, post_id, person_id, specification_id, term_start, "
				+ "term_end, renews_id, renewal_unmet, renewal_reason) values (?, ?, ?, ?, ?, ?, ?, 'APPRAISAL', 'Booked')",
				pct.organisation(), pct.post(), pct.person(), pct.specification(), LocalDate.of(2026, 4, 1),
				LocalDate.of(2029, 3, 31), first);

		assertThat(this.appointments.findByPostIdOrderByTermStartDesc(pct.post())).first()
			.satisfies((a) -> assertThat(a.getRenewalUnmet()).containsExactly(RenewalCondition.Kind.APPRAISAL))
			.satisfies((a) -> assertThat(a.getRenewsId()).isEqualTo(first));
		assertThat(this.appointments.lock(first, pct.organisation())).isPresent();
		assertThat(this.appointments.lock(first, pct.organisation() + 1)).isEmpty();
		assertThatThrownBy(() -> this.jdbc.update("insert into appointment (organisation_id, post_id, person_id, "
				+ "specification_id, term_start, term_end, renewal_unmet) values (?, ?, ?, ?, ?, ?, 'APPRAISAL')",
				pct.organisation(), pct.post(), pct.person(), pct.specification(), LocalDate.of(2029, 4, 1),
				LocalDate.of(2031, 3, 31)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private VacancyRows fixture(String suffix) {
		return VacancyRows.insert(this.entities, this.jdbc, suffix);
	}

}
