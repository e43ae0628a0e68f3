package org.pecgov.appointment.vacancy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pecgov.appointment.vacancy.VacancyNotices.Stage;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

class VacancyNoticesTest {

	private final Vacancy vacancy = withId(new Vacancy(1L, 10L, null, LocalDate.of(2026, 11, 1), null), 100L);

	private final Candidate ann = withId(new Candidate(1L, 100L, 5L, null), 501L);

	private final Candidate bob = withId(new Candidate(1L, 100L, 6L, null), 502L);

	private final List<PanelMember> panel = List.of(withId(new PanelMember(1L, 100L, 7L, null), 701L),
			withId(new PanelMember(1L, 100L, 8L, null), 702L), withId(new PanelMember(1L, 100L, 9L, null), 703L));

	@Test
	void aVacancyWithoutCandidatesWaitsForThem() {
		assertThat(VacancyNotices.stage(this.vacancy, List.of(), this.panel, Set.of(), 3)).isEqualTo(Stage.CANDIDATES);
	}

	@Test
	void withCandidatesItWaitsForAPanelOfThePctsSize() {
		assertThat(VacancyNotices.stage(this.vacancy, List.of(this.ann), this.panel.subList(0, 2), Set.of(), 3))
			.isEqualTo(Stage.PANEL);
	}

	@Test
	void itIsBeingScoredUntilEveryPanelMemberHasScoredEveryCandidate() {
		Set<String> allButOne = Set.of("501:701", "501:702", "501:703", "502:701", "502:702");
		assertThat(VacancyNotices.stage(this.vacancy, List.of(this.ann, this.bob), this.panel, allButOne, 3))
			.isEqualTo(Stage.SCORES);
		Set<String> all = Set.of("501:701", "501:702", "501:703", "502:701", "502:702", "502:703");
		assertThat(VacancyNotices.stage(this.vacancy, List.of(this.ann, this.bob), this.panel, all, 3))
			.isEqualTo(Stage.DECISION);
	}

	@Test
	void anotherVacancysCandidatesDoNotCount() {
		Candidate elsewhere = withId(new Candidate(1L, 999L, 5L, null), 503L);
		assertThat(VacancyNotices.stage(this.vacancy, List.of(elsewhere), this.panel, Set.of(), 3))
			.isEqualTo(Stage.CANDIDATES);
	}

	private static <T> T withId(T entity, Long id) {
		ReflectionTestUtils.setField(entity, "id", id);
		return entity;
	}

}
