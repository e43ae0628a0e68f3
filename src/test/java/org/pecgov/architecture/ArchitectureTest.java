package org.pecgov.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * A feature's public face is its service: controllers and repositories stay inside their package,
 * and nothing outside a feature reaches its repository.
 */
class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.pecgov");

	@Test
	void controllersArePackagePrivate() {
		classes().that().areAnnotatedWith(Controller.class).should().notBePublic().check(CLASSES);
	}

	@Test
	void repositoriesArePackagePrivate() {
		classes().that().areAssignableTo(Repository.class).should().notBePublic().check(CLASSES);
	}

	@Test
	void controllersDoNotUseRepositories() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.should()
			.dependOnClassesThat()
			.areAssignableTo(Repository.class)
			.check(CLASSES);
	}

	@Test
	void sharedCodeDependsOnNoFeature() {
		noClasses().that()
			.resideInAnyPackage("org.pecgov.shared..", "org.pecgov.web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.pecgov.member..", "org.pecgov.audit..", "org.pecgov.operator..",
					"org.pecgov.organisation..", "org.pecgov.demo..")
			.check(CLASSES);
	}

}
