package org.pecgov.user;

import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.pecgov.config.PecgovProperties;
import org.pecgov.security.PasswordPolicy;
import org.pecgov.security.Role;
import org.pecgov.shared.StartupLock;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class OperatorBootstrapTest {

	private final UserService users = mock(UserService.class);

	private final PecgovProperties properties = new PecgovProperties();

	/** No other instance here: the work runs at once. */
	private final StartupLock alone = new StartupLock(null, null) {

		@Override
		public <T> T holding(Supplier<T> work) {
			return work.get();
		}

	};

	private final OperatorBootstrap bootstrap = new OperatorBootstrap(this.users, new PasswordPolicy(), this.properties,
			this.alone);

	@Test
	void stopsTheStartOnAnEmptyDatabaseWithoutTheOperatorVariables() {
		assertThatThrownBy(() -> this.bootstrap.run(null)).isInstanceOf(MissingOperatorException.class)
			.hasMessageContaining("PECGOV_OPERATOR_EMAIL");
	}

	@Test
	void explainsWhatToSet() {
		FailureAnalysis analysis = new MissingOperatorFailureAnalyzer().analyze(new MissingOperatorException("No users"));

		assertThat(analysis.getAction()).contains("PECGOV_OPERATOR_EMAIL").contains("PECGOV_OPERATOR_PASSWORD");
	}

	@Test
	void createsTheFirstOperatorFromTheVariables() {
		this.properties.setOperatorEmail(" ops@nhs.example ");
		this.properties.setOperatorPassword("plum orchard lantern 42");

		this.bootstrap.run(null);

		verify(this.users).createWithPassword("ops@nhs.example", "Operator", Role.OPERATOR, null, null,
				"plum orchard lantern 42");
	}

	@Test
	void refusesAWeakOperatorPassword() {
		this.properties.setOperatorEmail("ops@nhs.example");
		this.properties.setOperatorPassword("password1234");

		assertThatThrownBy(() -> this.bootstrap.run(null)).isInstanceOf(MissingOperatorException.class);
		verify(this.users, never()).createWithPassword(any(), any(), any(), any(), any(), any());
	}

	@Test
	void doesNothingWhenThereIsAnOperator() {
		given(this.users.hasOperator()).willReturn(true);

		this.bootstrap.run(null);

		verify(this.users, never()).createWithPassword(any(), any(), any(), any(), any(), any());
	}

}
