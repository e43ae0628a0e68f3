package oidcprovider;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletRegistration;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;
import org.springframework.context.annotation.AnnotatedBeanDefinitionReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.web.context.support.GenericWebApplicationContext;
import org.springframework.web.filter.DelegatingFilterProxy;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * A real OpenID Connect provider (Spring Security's authorization server) for the single sign-on tests, on an
 * embedded Tomcat at {@code http://127.0.0.1:<random port>}, in the test's own JVM.
 *
 * <p>It is a plain Spring context of its own, without Spring Boot's auto-configuration (the test class path holds
 * the application's JPA, Flyway, sessions and so on), and lives outside {@code org.pecgov} so that the
 * application's component scan never sees it. Its host is 127.0.0.1, not localhost, and its session cookie is
 * {@code PROVIDERSESSION}, so a browser never mixes its cookies with the application's.
 *
 * <p>One confidential client (client_secret_basic or client_secret_post; authorization code and refresh token
 * grants; scopes openid, profile, email; no consent screen; PKCE checked when sent, not required; post-logout
 * redirect URIs: the origin of each redirect URI, with path {@code /}), the provider's default endpoints
 * (discovery at {@code /.well-known/openid-configuration}, {@code /oauth2/authorize}, {@code /oauth2/token},
 * {@code /oauth2/jwks}, {@code /userinfo}, {@code /connect/logout}) and its default form login page at
 * {@code /login}. The ID token of a
 * user carries {@code email}, {@code email_verified} and {@code name} as given to {@link #addUser}; the user info
 * endpoint answers them too (for the scopes email and profile). The issuer is taken from the request's host and
 * port, which is {@link #issuer()} as long as the provider is called at that address.
 *
 * <pre>{@code
 * try (TestOidcProvider provider = TestOidcProvider.start("pecgov", "secret",
 *         "http://localhost:" + port + "/login/oauth2/code/sso")) {
 *     provider.addUser("alice", "password", "alice@example.org", true);
 *     // spring.security.oauth2.client.provider.sso.issuer-uri = provider.issuer()
 * }
 * }</pre>
 */
public final class TestOidcProvider implements AutoCloseable {

	/** The provider's session cookie, not the application's JSESSIONID (or SESSION). */
	public static final String SESSION_COOKIE_NAME = "PROVIDERSESSION";

	private static final String HOST = "127.0.0.1";

	private final Users users;

	private final InMemoryRegisteredClientRepository clients;

	private final String clientId;

	private final GenericWebApplicationContext context;

	private final WebServer webServer;

	private TestOidcProvider(Users users, InMemoryRegisteredClientRepository clients, String clientId,
			GenericWebApplicationContext context, WebServer webServer) {
		this.users = users;
		this.clients = clients;
		this.clientId = clientId;
		this.context = context;
		this.webServer = webServer;
	}

	/**
	 * Starts a provider with one registered client.
	 * @param clientId the client's id
	 * @param clientSecret the client's secret, in plain text
	 * @param redirectUris the client's redirect URIs, each exactly as the client sends it (e.g.
	 * {@code http://localhost:8080/login/oauth2/code/sso}); at least one
	 * @return the running provider, to be closed after use
	 */
	public static TestOidcProvider start(String clientId, String clientSecret, String... redirectUris) {
		if (redirectUris.length == 0) {
			throw new IllegalArgumentException("At least one redirect URI is needed");
		}
		Users users = new Users();
		RegisteredClient client = RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(clientId)
			.clientSecret("{noop}" + clientSecret)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUris(uris -> uris.addAll(List.of(redirectUris)))
			.postLogoutRedirectUris(uris -> uris.addAll(postLogoutRedirectUris(redirectUris)))
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.scope(OidcScopes.EMAIL)
			// No consent screen; PKCE is checked when the client sends it (Spring Security's client does, by
			// default), not demanded as the authorization server's default for new clients would.
			.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).requireProofKey(false).build())
			.build();

		GenericWebApplicationContext context = new GenericWebApplicationContext();
		new AnnotatedBeanDefinitionReader(context).register(ProviderConfiguration.class);
		context.registerBean(Users.class, () -> users);
		InMemoryRegisteredClientRepository clients = new InMemoryRegisteredClientRepository(client);
		context.registerBean(RegisteredClientRepository.class, () -> clients);

		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
		factory.setAddress(loopback());
		WebServer webServer = null;
		try {
			webServer = factory.getWebServer(servletContext -> {
				servletContext.getSessionCookieConfig().setName(SESSION_COOKIE_NAME);
				context.setServletContext(servletContext);
				context.refresh();
				FilterRegistration.Dynamic security = servletContext.addFilter("springSecurityFilterChain",
						new DelegatingFilterProxy("springSecurityFilterChain", context));
				security.addMappingForUrlPatterns(null, false, "/*");
				ServletRegistration.Dynamic dispatcher = servletContext.addServlet("dispatcher",
						new DispatcherServlet(context));
				dispatcher.setLoadOnStartup(1);
				dispatcher.addMapping("/");
			});
			webServer.start();
		}
		catch (RuntimeException ex) {
			if (webServer != null) {
				webServer.stop();
				webServer.destroy();
			}
			if (context.isActive()) {
				context.close();
			}
			throw ex;
		}
		return new TestOidcProvider(users, clients, clientId, context, webServer);
	}

	/** The issuer, {@code http://127.0.0.1:<port>}: the issuer-uri for the application's client registration. */
	public String issuer() {
		return "http://" + HOST + ":" + this.webServer.getPort();
	}

	/** The provider's port. */
	public int port() {
		return this.webServer.getPort();
	}

	/**
	 * Replaces the client's redirect URIs (and the post-logout redirect URIs derived from them: the origin of each,
	 * with path {@code /}), e.g. once the application's random port is known: the provider has to be started before
	 * the application, whose issuer-uri is the provider's.
	 */
	public void setRedirectUris(String... redirectUris) {
		if (redirectUris.length == 0) {
			throw new IllegalArgumentException("At least one redirect URI is needed");
		}
		RegisteredClient client = this.clients.findByClientId(this.clientId);
		this.clients.save(RegisteredClient.from(client).redirectUris(uris -> {
			uris.clear();
			uris.addAll(List.of(redirectUris));
		}).postLogoutRedirectUris(uris -> {
			uris.clear();
			uris.addAll(postLogoutRedirectUris(redirectUris));
		}).build());
	}

	/** Adds (or replaces) a user who signs in with the provider's login form; the user's name is the username. */
	public void addUser(String username, String password, String email, boolean emailVerified) {
		addUser(username, password, email, emailVerified, username);
	}

	/**
	 * Adds (or replaces) a user who signs in with the provider's login form. The user's ID token (subject: the
	 * username) carries {@code email}, {@code email_verified} and {@code name}; an email of {@code null} leaves out
	 * {@code email} and {@code email_verified}.
	 */
	public void addUser(String username, String password, String email, boolean emailVerified, String name) {
		this.users.add(new ProviderUser(username, password, email, emailVerified, name, null));
	}

	/**
	 * Adds a user whose ID token is issued for another audience (another client), as a confused or malicious
	 * provider might: the client must refuse it.
	 */
	public void addUserWithAudience(String username, String password, String email, String audience) {
		this.users.add(new ProviderUser(username, password, email, true, username, audience));
	}

	/** Removes a user; their sessions at the provider live on until they end. */
	public void removeUser(String username) {
		this.users.remove(username);
	}

	@Override
	public void close() {
		try {
			this.webServer.stop();
			this.webServer.destroy();
		}
		finally {
			this.context.close();
		}
	}

	private static InetAddress loopback() {
		try {
			return InetAddress.getByName(HOST);
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The origin of each redirect URI, with path {@code /}: where the provider may send a user after signing out. */
	private static List<String> postLogoutRedirectUris(String... redirectUris) {
		return Stream.of(redirectUris).map(URI::create)
			.map(uri -> uri.getScheme() + "://" + uri.getRawAuthority() + "/")
			.distinct()
			.toList();
	}

	private record ProviderUser(String username, String password, String email, boolean emailVerified, String name,
			String audience) {
	}

	/** The provider's users: their logins and the claims of their ID tokens. */
	static final class Users {

		private final InMemoryUserDetailsManager logins = new InMemoryUserDetailsManager();

		private final Map<String, ProviderUser> byUsername = new ConcurrentHashMap<>();

		void add(ProviderUser user) {
			this.byUsername.put(user.username(), user);
			if (this.logins.userExists(user.username())) {
				this.logins.deleteUser(user.username());
			}
			this.logins.createUser(
					User.withUsername(user.username()).password("{noop}" + user.password()).roles("USER").build());
		}

		void remove(String username) {
			this.byUsername.remove(username);
			if (this.logins.userExists(username)) {
				this.logins.deleteUser(username);
			}
		}

		ProviderUser find(String username) {
			return this.byUsername.get(username);
		}

		/**
		 * Only the lookup: the manager is not itself a bean, so its UserDetailsPasswordService side does not
		 * re-encode the {noop} passwords with BCrypt at each login.
		 */
		UserDetailsService userDetailsService() {
			return this.logins::loadUserByUsername;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebSecurity
	static class ProviderConfiguration {

		/** The protocol endpoints; a user who is not signed in goes to the login form, whatever they accept. */
		@Bean
		@Order(1)
		SecurityFilterChain authorizationServerSecurityFilterChain(HttpSecurity http) throws Exception {
			http.oauth2AuthorizationServer(authorizationServer -> {
				http.securityMatcher(authorizationServer.getEndpointsMatcher());
				authorizationServer.oidc(Customizer.withDefaults());
			})
				.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
				.exceptionHandling((exceptions) -> exceptions
					.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
			return http.build();
		}

		/** The login form (Spring Security's default page at /login) and everything else. */
		@Bean
		@Order(2)
		SecurityFilterChain loginSecurityFilterChain(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
				.formLogin(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		UserDetailsService userDetailsService(Users users) {
			return users.userDetailsService();
		}

		/** The ID token's claims for the user: email, email_verified and name. */
		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> idTokenCustomizer(Users users) {
			return context -> {
				if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
					return;
				}
				ProviderUser user = users.find(context.getPrincipal().getName());
				if (user == null) {
					return;
				}
				if (user.email() != null) {
					context.getClaims().claim("email", user.email());
					context.getClaims().claim("email_verified", user.emailVerified());
				}
				if (user.name() != null) {
					context.getClaims().claim("name", user.name());
				}
				if (user.audience() != null) {
					context.getClaims().audience(List.of(user.audience()));
				}
			};
		}

		/** A new RSA key at each start. */
		@Bean
		JWKSource<SecurityContext> jwkSource() {
			KeyPair keyPair;
			try {
				KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
				generator.initialize(2048);
				keyPair = generator.generateKeyPair();
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
			RSAKey rsaKey = new RSAKey.Builder((RSAPublicKey) keyPair.getPublic())
				.privateKey((RSAPrivateKey) keyPair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
			return new ImmutableJWKSet<>(new JWKSet(rsaKey));
		}

		/** For the user info endpoint, which takes the access token as a bearer token. */
		@Bean
		JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
			return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
		}

		/** Default endpoints; no fixed issuer, so it is the host and port each request came to. */
		@Bean
		AuthorizationServerSettings authorizationServerSettings() {
			return AuthorizationServerSettings.builder().build();
		}

	}

}
