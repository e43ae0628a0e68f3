package org.pecgov.appointment.composition;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TermsForecastTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@Test
	void warnsWhenMoreThanHalfOfTheClinicalTermsEndWithinTheWindow() {
		List<TermsView.Line> clinical = List.of(line("2027-03-31"), line("2027-06-30"), line("2027-09-30"),
				line("2029-03-31"), line("2030-03-31"));

		List<TermsView.StaggerWarning> warnings = TermsService.staggerWarnings(clinical, 6);

		assertThat(warnings).hasSize(1);
		assertThat(warnings.get(0).from()).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(warnings.get(0).ending()).isEqualTo(3);
	}

	@Test
	void exactlyHalfIsNoWarning() {
		List<TermsView.Line> clinical = List.of(line("2027-03-31"), line("2027-06-30"), line("2029-03-31"),
				line("2030-03-31"));

		assertThat(TermsService.staggerWarnings(clinical, 6)).isEmpty();
	}

	@Test
	void aTermEndingOnTheLastDayOfTheWindowCounts() {
		List<TermsView.Line> clinical = List.of(line("2027-01-01"), line("2027-06-30"), line("2030-03-31"));

		assertThat(TermsService.staggerWarnings(clinical, 6)).hasSize(1);
		assertThat(TermsService.staggerWarnings(List.of(line("2027-01-01"), line("2027-07-01"), line("2030-03-31")), 6))
			.isEmpty();
	}

	@Test
	void forecastsSixteenQuartersFromThisOne() {
		List<TermsView.Quarter> quarters = TermsService.forecast(
				List.of(line("2026-12-31"), line("2027-01-01"), line("2030-09-30"), line("2030-10-01")), TODAY);

		assertThat(quarters).hasSize(16);
		assertThat(quarters.get(0).start()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(quarters.get(0).endings()).isEqualTo(1);
		assertThat(quarters.get(1).endings()).isEqualTo(1);
		assertThat(quarters.get(15).start()).isEqualTo(LocalDate.of(2030, 7, 1));
		assertThat(quarters.get(15).endings()).isEqualTo(1);
		assertThat(quarters.stream().mapToInt(TermsView.Quarter::endings).sum()).isEqualTo(3);
	}

	private static TermsView.Line line(String end) {
		return new TermsView.Line(1L, 1L, "A member", "Clinical member", "PEC", true, LocalDate.parse(end));
	}

}
