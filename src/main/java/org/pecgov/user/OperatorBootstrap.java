package org.pecgov.user;

import org.pecgov.config.PecgovProperties;
import org.pecgov.security.PasswordPolicy;
import org.pecgov.security.Role;
import org.pecgov.shared.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On an empty database the first operator comes from PECGOV_OPERATOR_EMAIL and
 * PECGOV_OPERATOR_PASSWORD; without them the start stops and says so.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class OperatorBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OperatorBootstrap.class);

	private final UserService users;

	private final PasswordPolicy policy;

	private final PecgovProperties properties;

	private final StartupLock startup;

	OperatorBootstrap(UserService users, PasswordPolicy policy, PecgovProperties properties, StartupLock startup) {
		this.startup = startup;
		this.users = users;
		this.policy = policy;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.startup.holding(this::createFirstOperator);
	}

	private void createFirstOperator() {
		if (this.users.hasOperator()) {
			return;
		}
		String email = this.properties.getOperatorEmail();
		String password = this.properties.getOperatorPassword();
		if (email == null || email.isBlank() || password == null || password.isBlank()) {
			if (this.users.hasAnyUser()) {
				log.warn("There is no operator: set PECGOV_OPERATOR_EMAIL and PECGOV_OPERATOR_PASSWORD to create one");
				return;
			}
			throw new MissingOperatorException(
					"The database has no users, and PECGOV_OPERATOR_EMAIL and PECGOV_OPERATOR_PASSWORD are not both set.");
		}
		this.policy.problem(password).ifPresent((problem) -> {
			throw new MissingOperatorException("PECGOV_OPERATOR_PASSWORD is not acceptable: it must have at least "
					+ PasswordPolicy.MIN_LENGTH + " characters and not be a common password.");
		});
		this.users.createWithPassword(email.strip(), "Operator", Role.OPERATOR, null, null, password);
		log.info("Created the first operator, {}", email.strip());
	}

}
