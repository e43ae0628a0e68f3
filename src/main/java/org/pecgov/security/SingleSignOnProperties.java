package org.pecgov.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on with an OpenID Connect provider (issue 17 §3), from the environment: PECGOV_SSO_ISSUER,
 * PECGOV_SSO_CLIENT_ID, PECGOV_SSO_CLIENT_SECRET, PECGOV_SSO_LABEL and, where a provider differs from the standard,
 * PECGOV_SSO_SCOPES, PECGOV_SSO_EMAIL_CLAIM and PECGOV_SSO_EMAIL_VERIFIED_CLAIM. Off while the issuer is empty.
 * @param issuer the provider's issuer (its discovery document is read from there, when the first user signs in)
 * @param clientId pecgov's client id at the provider
 * @param clientSecret its secret
 * @param label the button's words, e.g. "Log in with your NHS account"
 * @param scopes the scopes asked for
 * @param emailClaim the claim of the ID token (or user info) that holds the email
 * @param emailVerifiedClaim the boolean claim saying the provider verified that email; empty to trust every email
 * the provider gives (only for a provider that issues the addresses itself, such as a single-tenant Entra ID)
 */
@ConfigurationProperties("pecgov.sso")
public record SingleSignOnProperties(String issuer, String clientId, String clientSecret, String label,
		List<String> scopes, String emailClaim, String emailVerifiedClaim) {

	public SingleSignOnProperties {
		issuer = (issuer != null) ? issuer.strip() : "";
		label = (label == null || label.isBlank()) ? null : label.strip();
		scopes = (scopes == null || scopes.isEmpty()) ? List.of("openid", "profile", "email") : List.copyOf(scopes);
		emailClaim = (emailClaim == null || emailClaim.isBlank()) ? "email" : emailClaim.strip();
		emailVerifiedClaim = (emailVerifiedClaim == null) ? "email_verified" : emailVerifiedClaim.strip();
	}

	public boolean enabled() {
		return !this.issuer.isEmpty();
	}

}
