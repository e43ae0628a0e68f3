package org.pecgov.config;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseLogTest {

	@Test
	void theStartUpLogNamesTheDataDirectoryThatIsConfigured() {
		String where = DatabaseLog.where(true, "/srv/pecgov/postgres");

		assertThat(where).contains(Path.of("/srv/pecgov/postgres").toAbsolutePath().toString())
			.doesNotContain("./data");
	}

	@Test
	void anExternalDatabaseHasNoDataDirectoryInTheLog() {
		assertThat(DatabaseLog.where(false, "data/postgres")).isEmpty();
	}

}
