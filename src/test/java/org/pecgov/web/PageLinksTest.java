package org.pecgov.web;

import java.util.Collections;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class PageLinksTest {

	private static final UriComponentsBuilder BASE = UriComponentsBuilder.fromUriString("/members?q=hart&page=3");

	@Test
	void readsThePageAskedForFromOneAndTheFirstPageForAnythingElse() {
		assertThat(PageLinks.number("3")).isEqualTo(2);
		assertThat(PageLinks.number("1")).isZero();
		assertThat(PageLinks.number("0")).isZero();
		assertThat(PageLinks.number("-4")).isZero();
		assertThat(PageLinks.number("abc")).isZero();
		assertThat(PageLinks.number(null)).isZero();
		assertThat(PageLinks.number("99999999999")).isZero();
		assertThat(PageLinks.number("2000000000")).isEqualTo(PageLinks.LAST_PAGE);
	}

	@Test
	void keepsTheFiltersAndNumbersPagesFromOne() {
		PageLinks links = PageLinks.of(page(2, 100), BASE);

		assertThat(links.previous()).isEqualTo("/members?q=hart&page=2");
		assertThat(links.next()).isEqualTo("/members?q=hart&page=4");
		assertThat(links.first()).isEqualTo(51);
		assertThat(links.last()).isEqualTo(75);
		assertThat(links.total()).isEqualTo(100);
	}

	@Test
	void showsNeighboursAndEndsWithEllipsesBetween() {
		PageLinks links = PageLinks.of(page(9, 500), BASE);

		assertThat(links.pages()).extracting(PageLinks.Link::number)
			.containsExactly(1, null, 8, 9, 10, 11, 12, null, 20);
		assertThat(links.pages()).filteredOn(PageLinks.Link::current).extracting(PageLinks.Link::number)
			.containsExactly(10);
	}

	@Test
	void aSinglePageNeedsNoLinks() {
		PageLinks links = PageLinks.of(page(0, 3), BASE);

		assertThat(links.pages()).isEmpty();
		assertThat(links.previous()).isNull();
		assertThat(links.next()).isNull();
	}

	@Test
	void keepsTheRequestsEncodingAsItIs() {
		PageLinks links = PageLinks.of(page(0, 60),
				UriComponentsBuilder.fromUriString("/members?q=o%27brien+%26+co%3Cscript%3E&page=1"));

		assertThat(links.next()).isEqualTo("/members?q=o%27brien+%26+co%3Cscript%3E&page=2");
	}

	private static PageImpl<Integer> page(int number, int total) {
		int size = Math.min(25, total - number * 25);
		return new PageImpl<>(Collections.nCopies(Math.max(size, 0), 1), PageRequest.of(number, 25), total);
	}

}
