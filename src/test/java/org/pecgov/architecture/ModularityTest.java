package org.pecgov.architecture;

import org.junit.jupiter.api.Test;
import org.pecgov.PecgovApplication;

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

	@Test
	void writesTheModuleMap() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		assertThat(new java.io.File("target/spring-modulith-docs/components.puml")).isFile();
	}

}
