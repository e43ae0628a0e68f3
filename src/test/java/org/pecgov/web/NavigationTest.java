package org.pecgov.web;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18 §1: at most seven sections, each role seeing only what it may open, and the page's section and link
 * marked.
 */
class NavigationTest {

	@Test
	void anAdministratorHasSevenSections() {
		List<Navigation.Section> sections = new Navigation(Set.of("ADMIN"), null, "/").sections(false);
		assertThat(sections).extracting(Navigation.Section::key)
			.containsExactly("nav.home", "nav.section.people", "nav.section.committees", "nav.section.interests",
					"nav.section.meetings", "nav.section.appraisal", "nav.section.admin");
		assertThat(sections.get(0).active()).isTrue();
	}

	@Test
	void everyRoleHasAtMostSevenSections() {
		for (String role : List.of("ADMIN", "CHAIR", "SECRETARY", "MEMBER", "SHA_VIEWER", "OPERATOR")) {
			for (boolean inPct : List.of(true, false)) {
				assertThat(new Navigation(Set.of(role), 7L, "/").sections(inPct)).as(role).hasSizeBetween(1, 7);
			}
		}
	}

	@Test
	void aMemberSeesTheirOwnRecordAndNothingOfAdministration() {
		List<Navigation.Section> sections = new Navigation(Set.of("MEMBER"), 42L, "/members/42").sections(false);
		assertThat(sections).extracting(Navigation.Section::key).doesNotContain("nav.section.admin");
		Navigation.Section people = sections.stream().filter(Navigation.Section::active).findFirst().orElseThrow();
		assertThat(people.links()).extracting(Navigation.Link::href).containsExactly("/members/42", "/terms");
		assertThat(people.links().get(0).current()).isTrue();
		assertThat(sections.stream().flatMap((s) -> s.links().stream()).map(Navigation.Link::href))
			.doesNotContain("/members", "/interests", "/remuneration", "/admin/users");
	}

	@Test
	void aSecretarySeesTrainingButNoAppraisal() {
		List<Navigation.Section> sections = new Navigation(Set.of("SECRETARY"), null, "/training").sections(false);
		assertThat(sections).extracting(Navigation.Section::key).contains("nav.training")
			.doesNotContain("nav.section.appraisal");
		assertThat(sections.stream().flatMap((s) -> s.links().stream()).map(Navigation.Link::href))
			.doesNotContain("/appraisals", "/reviews");
	}

	@Test
	void theDeepestMatchingLinkIsThePages() {
		Navigation review = new Navigation(Set.of("SECRETARY"), null, "/interests/review/12");
		Navigation.Section interests = review.active(false);
		assertThat(interests.key()).isEqualTo("nav.section.interests");
		assertThat(interests.links()).filteredOn(Navigation.Link::current).extracting(Navigation.Link::href)
			.containsExactly("/interests/review");
		assertThat(new Navigation(Set.of("ADMIN"), null, "/meetings/5/agenda").active(false).key())
			.isEqualTo("nav.section.meetings");
		assertThat(new Navigation(Set.of("ADMIN"), null, "/account").active(false)).isNull();
	}

	@Test
	void anShaViewerSeesAPctsSectionsOnlyWhileReadingOne() {
		assertThat(new Navigation(Set.of("SHA_VIEWER"), null, "/sha").sections(false)).extracting(Navigation.Section::key)
			.containsExactly("nav.sha");
		Navigation inPct = new Navigation(Set.of("SHA_VIEWER"), null, "/sha/NSH/committees/3");
		assertThat(inPct.sections(true)).extracting(Navigation.Section::key)
			.containsExactly("nav.section.people", "nav.section.committees", "nav.section.interests",
					"nav.section.meetings", "nav.sha");
		assertThat(inPct.active(true).key()).isEqualTo("nav.section.committees");
	}

}
