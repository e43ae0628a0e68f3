package org.pecgov.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.pecgov.PecgovApplication;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules of pecgov stay apart: no cycles, and no module reaches into another's internals
 * (its sub-packages). The build draws the module map from the same model.
 */
class ModularityTest {

	private static final ApplicationModules MODULES = ApplicationModules.of(PecgovApplication.class);

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
		MODULES.verify();
	}

	@Test
	void everyFeatureIsAModule() {
		assertThat(MODULES.stream().map((module) -> module.getBasePackage().getName()))
			.contains("org.pecgov.appointment", "org.pecgov.meeting", "org.pecgov.interest", "org.pecgov.user",
					"org.pecgov.security");
	}

	/**
	 * The README's module map is the one the code has: a module added, or a dependency gained or lost,
	 * fails this test until the map is updated (the message gives the new map).
	 */
	@Test
	void theReadmeShowsTheModuleMapAsItIs() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		String map = moduleMap();
		assertThat(readme).as("README.md's module map; paste this in its place:%n%s", map).contains(map);
	}

	/** Modules every module may use, left out of the map to keep it readable. */
	private static final Set<String> EVERYWHERE = Set.of("shared", "web", "config", "security");

	private static String moduleMap() {
		Set<String> lines = new TreeSet<>();
		for (ApplicationModule module : MODULES) {
			String from = module.getIdentifier().toString();
			if (EVERYWHERE.contains(from)) {
				continue;
			}
			lines.add("  " + from);
			module.getDirectDependencies(MODULES)
				.uniqueModules()
				.map((target) -> target.getIdentifier().toString())
				.filter((to) -> !EVERYWHERE.contains(to) && !to.equals(from))
				.forEach((to) -> lines.add("  " + from + " --> " + to));
		}
		return "```mermaid\nflowchart LR\n" + String.join("\n", lines) + "\n```";
	}

	@Test
	void writesTheModuleMap() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		assertThat(new java.io.File("target/spring-modulith-docs/components.puml")).isFile();
	}

}
