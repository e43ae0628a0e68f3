package org.pecgov.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BreadcrumbsTest {

	private final Breadcrumbs crumbs = new Breadcrumbs();

	@Test
	void theTrailNamesEachPageAboveFromTheTop() {
		assertThat(this.crumbs.of("Committees", "/committees", "PEC", "/committees/4"))
			.containsExactly(new Breadcrumbs.Crumb("Committees", "/committees"), new Breadcrumbs.Crumb("PEC", "/committees/4"));
	}

	@Test
	void everyPageHasANameAndAnAddressWithinTheService() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.crumbs.of("Committees"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.crumbs.of("Committees", "https://example.org/"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.crumbs.of("Committees", "//example.org/"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.crumbs.of(" ", "/committees"));
		assertThat(this.crumbs.of()).isEmpty();
	}

}
