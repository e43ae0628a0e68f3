package org.pecgov.user;

import org.pecgov.organisation.SettingsService;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.SignInPolicy;
import org.pecgov.security.SignInStep;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a user whose password was right must still do: use single sign-on if their PCT requires it (and it is set up),
 * else give or set up a second factor where one is asked of them.
 */
@Component
class SignInRules implements SignInPolicy {

	private final SecondFactors factors;

	private final SettingsService settings;

	private final boolean singleSignOn;

	SignInRules(SecondFactors factors, SettingsService settings, @Value("${pecgov.sso.issuer:}") String ssoIssuer) {
		this.factors = factors;
		this.settings = settings;
		this.singleSignOn = !ssoIssuer.isBlank();
	}

	@Override
	public SignInStep afterPassword(PecgovPrincipal principal) {
		if (this.singleSignOn && principal.getOrganisationId() != null
				&& this.settings.of(principal.getOrganisationId()).isRequireSingleSignOn()) {
			return SignInStep.SSO_REQUIRED;
		}
		return this.factors.afterPassword(principal);
	}

}
