package org.pecgov.security;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Single sign-on with an OpenID Connect provider (Microsoft Entra ID, NHS Care Identity Service 2), beside the
 * password: Spring Security's OAuth2 client, with PKCE, state and nonce; the ID token's issuer, audience, expiry and
 * signature are checked by Spring Security. The provider's verified email finds the pecgov user; the session then
 * holds that user exactly as a password login would (and no second factor is asked: the provider asks its own).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SingleSignOnProperties.class)
public class SingleSignOn {

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SingleSignOn.class);

	/** The registration's id: the button leads to /oauth2/authorization/sso. */
	public static final String REGISTRATION = "sso";

	public static final String START = "/oauth2/authorization/" + REGISTRATION;

	public static final String REFUSED = "/login/sso/refused";

	@Bean
	@ConditionalOnExpression("'${pecgov.sso.issuer:}'.trim() != ''")
	ClientRegistrationRepository clientRegistrations(SingleSignOnProperties properties) {
		return new LazyRegistration(properties);
	}

	/**
	 * Adds single sign-on to the filter chain, when it is set up.
	 * @param http the chain
	 * @param registrations the provider, read when first needed
	 * @param properties the settings
	 * @param users finds the pecgov user
	 */
	static void configure(HttpSecurity http, ClientRegistrationRepository registrations,
			SingleSignOnProperties properties, SingleSignOnUsers users) throws Exception {
		DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
		http.oauth2Login((login) -> login.loginPage("/login")
			.clientRegistrationRepository(registrations)
			.authorizedClientRepository(new NoAuthorizedClients())
			.authorizationEndpoint((endpoint) -> endpoint.authorizationRequestResolver(resolver))
			.userInfoEndpoint((info) -> info.oidcUserService((request) -> userOf(request, properties, users)))
			.successHandler((request, response, authentication) -> signedIn(request, response, authentication, contexts))
			.failureHandler(SingleSignOn::refused)
			.withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
				@Override
				public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
					filter.setAuthenticationFailureHandler(SingleSignOn::refused);
					return filter;
				}
			}));
	}

	/** The provider's user, checked, and the pecgov user it is. */
	private static OidcUser userOf(OidcUserRequest request, SingleSignOnProperties properties, SingleSignOnUsers users) {
		OidcUser provided = new OidcUserService().loadUser(request);
		Object email = provided.getAttributes().get(properties.emailClaim());
		boolean verified = properties.emailVerifiedClaim().isEmpty()
				|| Boolean.TRUE.equals(provided.getAttributes().get(properties.emailVerifiedClaim()))
				|| "true".equals(String.valueOf(provided.getAttributes().get(properties.emailVerifiedClaim())));
		try {
			if (!(email instanceof String address) || address.isBlank()) {
				throw new SingleSignOnUsers.Refused(SingleSignOnUsers.Reason.UNVERIFIED);
			}
			PecgovPrincipal principal = users.principalFor(address.strip().toLowerCase(Locale.ROOT), verified,
					provided.getFullName());
			return new SignedOn(provided, principal);
		}
		catch (SingleSignOnUsers.Refused ex) {
			throw new OAuth2AuthenticationException(new OAuth2Error("pecgov_" + ex.getReason().name().toLowerCase(Locale.ROOT)));
		}
	}

	/** The session holds the pecgov user, as after a password; the provider's tokens are not kept. */
	private static void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication,
			SecurityContextRepository contexts) throws IOException {
		PecgovPrincipal principal = ((SignedOn) authentication.getPrincipal()).principal;
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		// the provider asked its own second factor; anything a password login left pending is void
		SecondFactorFilter.done(request);
		UserSessions.signedIn(request, Instant.now());
		response.sendRedirect(request.getContextPath() + "/");
	}

	private static void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		String reason = "failed";
		LOG.info("Single sign-on refused: {}", (ex instanceof OAuth2AuthenticationException oauth) ? oauth.getError() : ex.toString());
		if (ex instanceof OAuth2AuthenticationException oauth && oauth.getError().getErrorCode().startsWith("pecgov_")) {
			reason = oauth.getError().getErrorCode().substring("pecgov_".length());
		}
		response.sendRedirect(request.getContextPath() + REFUSED + "?reason=" + reason);
	}

	/** The provider's user, carrying the pecgov user it was matched to (only until the login completes). */
	static final class SignedOn extends DefaultOidcUser {

		private static final long serialVersionUID = 1L;

		private final transient PecgovPrincipal principal;

		SignedOn(OidcUser provided, PecgovPrincipal principal) {
			super(principal.getAuthorities(), provided.getIdToken(), provided.getUserInfo(), IdTokenClaimNames.SUB);
			this.principal = principal;
		}

	}

	/**
	 * The provider, from its discovery document, read at the first single sign-on (so that pecgov starts while the
	 * provider is down) and kept once read.
	 */
	static final class LazyRegistration implements ClientRegistrationRepository {

		private final SingleSignOnProperties properties;

		private volatile ClientRegistration registration;

		LazyRegistration(SingleSignOnProperties properties) {
			this.properties = properties;
		}

		@Override
		public ClientRegistration findByRegistrationId(String registrationId) {
			if (!REGISTRATION.equals(registrationId)) {
				return null;
			}
			ClientRegistration found = this.registration;
			if (found == null) {
				synchronized (this) {
					if (this.registration == null) {
						this.registration = ClientRegistrations.fromIssuerLocation(this.properties.issuer())
							.registrationId(REGISTRATION)
							.clientId(this.properties.clientId())
							.clientSecret(this.properties.clientSecret())
							.scope(this.properties.scopes())
							.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
							.userNameAttributeName(IdTokenClaimNames.SUB)
							.build();
					}
					found = this.registration;
				}
			}
			return found;
		}

	}

	/** pecgov calls none of the provider's APIs: the tokens of a login are dropped once it is done. */
	static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

		@Override
		public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String clientRegistrationId,
				Authentication principal, HttpServletRequest request) {
			return null;
		}

		@Override
		public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

		@Override
		public void removeAuthorizedClient(String clientRegistrationId, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

	}

}
