package org.pecgov.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Who may open which URL. Services scope every record to the user's organisation on top of this.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfig {

	/** The session attribute that keeps the email typed into a refused login. */
	public static final String LAST_EMAIL = "pecgov.login.email";

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<SignInPolicy> signInPolicy,
			ObjectProvider<ClientRegistrationRepository> providers, ObjectProvider<SingleSignOnUsers> ssoUsers,
			ObjectProvider<SingleSignOnProperties> ssoSettings,
			@Value("${server.servlet.session.cookie.secure:false}") boolean secureSetting,
			@Value("${pecgov.base-url:http://localhost:8080}") String baseUrl) throws Exception {
		// Secure cookies whenever the service is not on plain localhost (see SessionCookies)
		boolean secureCookies = secureSetting || !SessionCookies.isPlainLocalhost(baseUrl);
		// No session until one is needed: the CSRF token lives in a cookie (so the login page and the public
		// pages write no session), and no request is saved for after login (login always leads home).
		CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieCustomizer((cookie) -> cookie.secure(secureCookies).sameSite("Lax"));
		http.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens)
			.csrfTokenRequestHandler(new TolerantCsrfTokenRequestHandler()))
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()));
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/nhsuk/**", "/chartjs/**", "/css/**", "/js/**", "/favicon.ico", "/error", "/login", "/accessibility",
					"/login/forgot", "/login/forgot/sent", "/set-password/*", "/login/sso/refused")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			// A personal calendar feed: its secret address is its key.
			.requestMatchers(HttpMethod.GET, "/calendar/*")
			.permitAll()
			.requestMatchers("/account/calendar")
			.hasAnyRole("ADMIN", "CHAIR", "SECRETARY", "MEMBER")
			// What each PCT publishes (issue 5): read-only, for anyone.
			.requestMatchers(HttpMethod.GET, "/public/*", "/public/*/meetings.ics", "/public/*/register", "/public/*/gifts", "/public/*/register.csv",
					"/public/*/gifts.csv", "/public/*/register.pdf", "/public/*/gifts.pdf", "/public/*/meetings",
					"/public/*/meetings/*", "/public/*/meetings/*/papers/*", "/public/*/meetings/*/pack.pdf",
					"/public/*/report.pdf")
			.permitAll()
			.requestMatchers("/actuator/**", "/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/operator/**")
			.hasRole("OPERATOR")
			.requestMatchers("/sha/**")
			.hasRole("SHA_VIEWER")
			// The PEC's indicators (issue 15): staff read them, administrators set their targets, SHA viewers read
			// them under /sha/{pctCode}/indicators.
			.requestMatchers("/indicators/targets", "/indicators/report/publication")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.GET, "/indicators", "/indicators.csv", "/indicators/report.pdf")
			.hasAnyRole("ADMIN", "CHAIR", "SECRETARY", "SHA_VIEWER")
			.requestMatchers("/indicators/**", "/indicators.csv")
			.denyAll()
			.requestMatchers(HttpMethod.GET, "/members")
			.hasAnyRole("ADMIN", "CHAIR", "SECRETARY")
			.requestMatchers("/members/new", "/members/*/edit", "/members/*/retire", "/members/*/reinstate")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.POST, "/members")
			.hasRole("ADMIN")
			.requestMatchers("/members/*/contact")
			.hasRole("MEMBER")
			.requestMatchers(HttpMethod.GET, "/members/*")
			.hasAnyRole("ADMIN", "CHAIR", "SECRETARY", "MEMBER")
			.requestMatchers(HttpMethod.POST, "/members/*")
			.hasRole("ADMIN")
			.requestMatchers("/members/**")
			.hasAnyRole("ADMIN", "CHAIR", "SECRETARY", "MEMBER")
			// Committees, posts, competencies, appointments, terms and skills (issue 4).
			.requestMatchers("/committees/new", "/committees/*/edit", "/posts/new", "/posts/*/edit", "/competencies/*/edit",
					"/vacancies/new", "/appointments/new", "/appointments/*/end",
					"/appointments/*/renew")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.POST, "/committees", "/committees/**", "/posts", "/posts/**", "/competencies",
					"/competencies/**", "/vacancies", "/appointments", "/appointments/**", "/vacancies/*/candidates",
					"/vacancies/*/candidates/*/remove",
					"/vacancies/*/panel", "/vacancies/*/panel/**", "/vacancies/*/decision", "/vacancies/*/close")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.POST, "/vacancies/*/ballot", "/vacancies/*/ballot/close")
			.hasRole("ADMIN")
			.requestMatchers("/vacancies/*/candidates/*/scores")
			.hasAnyRole("ADMIN", "CHAIR")
			.requestMatchers("/vacancies/*/ballot", "/vacancies/*/ballot/vote", "/vacancies/*/ballot/confirm")
			.hasAnyRole("ADMIN", "CHAIR", "SECRETARY", "MEMBER")
			.requestMatchers(HttpMethod.GET, "/terms", "/appointments/*")
			.hasAnyRole("ADMIN", "CHAIR", "SECRETARY", "MEMBER", "SHA_VIEWER")
			.requestMatchers(HttpMethod.GET, "/committees", "/committees/**", "/posts/**", "/competencies", "/vacancies",
					"/vacancies/**", "/skills")
			.hasAnyRole("ADMIN", "CHAIR", "SECRETARY", "SHA_VIEWER")
			.requestMatchers("/committees/**", "/posts/**", "/competencies/**", "/vacancies/**", "/appointments/**",
					"/terms/**", "/skills/**")
			.denyAll()
			// Declarations and the register of interests (issue 5).
			.requestMatchers("/declarations/**")
			.hasAnyRole("ADMIN", "CHAIR", "SECRETARY", "MEMBER")
			// The review queue (issue 17 §5): the secretary, administrators, and a chair who is the guardian.
			.requestMatchers("/interests/review", "/interests/review/**")
			.hasAnyRole("ADMIN", "CHAIR", "SECRETARY")
			.requestMatchers("/interests/organisations/*/edit")
			.hasAnyRole("ADMIN", "SECRETARY")
			.requestMatchers(HttpMethod.POST, "/interests/withholding/*")
			.hasAnyRole("ADMIN", "CHAIR", "SECRETARY")
			.requestMatchers(HttpMethod.POST, "/interests/**")
			.hasAnyRole("ADMIN", "SECRETARY")
			.requestMatchers(HttpMethod.GET, "/interests", "/interests/**")
			.hasAnyRole("ADMIN", "CHAIR", "SECRETARY", "SHA_VIEWER")
			.requestMatchers("/interests/**")
			.denyAll()
			// Recommendations to the Board (issue 16): the secretary sends them and records the Board's decision.
			.requestMatchers(HttpMethod.POST, "/recommendations/**")
			.hasAnyRole("ADMIN", "SECRETARY")
			.requestMatchers(HttpMethod.GET, "/recommendations", "/recommendations/**")
			.hasAnyRole("ADMIN", "CHAIR", "SECRETARY", "SHA_VIEWER")
			.requestMatchers("/recommendations/**")
			.denyAll()
			.requestMatchers(HttpMethod.GET, "/meetings/*/agenda/recommendations")
			.hasAnyRole("ADMIN", "CHAIR", "SECRETARY", "SHA_VIEWER")
			// Meetings (issue 6): the secretary runs them, the chair records conflict plans, members read.
			.requestMatchers("/meetings/*/agenda/proposals/new")
			.hasAnyRole("CHAIR", "MEMBER")
			.requestMatchers(HttpMethod.POST, "/meetings/*/agenda/proposals")
			.hasAnyRole("CHAIR", "MEMBER")
			.requestMatchers("/meetings/new", "/meetings/*/edit", "/meetings/*/agenda/items/new",
					"/meetings/*/agenda/items/*/edit", "/meetings/*/minutes/items/*")
			.hasAnyRole("ADMIN", "SECRETARY")
			.requestMatchers(HttpMethod.POST, "/meetings/*/conflicts")
			.hasAnyRole("ADMIN", "CHAIR", "SECRETARY", "MEMBER")
			.requestMatchers(HttpMethod.POST, "/meetings/*/minutes/approve", "/meetings/*/minutes/comments")
			.hasRole("CHAIR")
			.requestMatchers(HttpMethod.POST, "/meetings", "/meetings/**")
			.hasAnyRole("ADMIN", "SECRETARY")
			.requestMatchers(HttpMethod.GET, "/meetings", "/meetings/**")
			.hasAnyRole("ADMIN", "CHAIR", "SECRETARY", "MEMBER", "SHA_VIEWER")
			.requestMatchers("/meetings/**")
			.denyAll()
			.requestMatchers(HttpMethod.GET, "/actions")
			.hasAnyRole("ADMIN", "CHAIR", "SECRETARY", "MEMBER", "SHA_VIEWER")
			.requestMatchers(HttpMethod.POST, "/actions/*")
			.hasAnyRole("ADMIN", "CHAIR", "SECRETARY", "MEMBER")
			.requestMatchers("/actions/**")
			.denyAll()
			// One-to-one reviews (issue 7): the appraiser, the appraisee and administrators only.
			.requestMatchers("/reviews", "/reviews/**", "/appraisals", "/appraisals/**")
			.hasAnyRole("ADMIN", "CHAIR", "MEMBER")
			.requestMatchers("/training", "/training/**")
			.hasAnyRole("ADMIN", "CHAIR", "SECRETARY", "MEMBER")
			.requestMatchers(HttpMethod.POST, "/remuneration/**")
			.hasRole("ADMIN")
			.requestMatchers("/remuneration", "/remuneration/**")
			.hasAnyRole("ADMIN", "CHAIR")
			.requestMatchers("/gifts/new")
			.hasAnyRole("ADMIN", "CHAIR", "SECRETARY", "MEMBER")
			.requestMatchers(HttpMethod.POST, "/gifts")
			.hasAnyRole("ADMIN", "CHAIR", "SECRETARY", "MEMBER")
			.requestMatchers(HttpMethod.GET, "/gifts")
			.hasAnyRole("ADMIN", "CHAIR", "SECRETARY", "SHA_VIEWER")
			.requestMatchers("/gifts/**")
			.denyAll()
			// the site search (issue 18): each feature finds only what the role may read; not for operators or SHA viewers
			.requestMatchers(HttpMethod.GET, "/search")
			.hasAnyRole("ADMIN", "CHAIR", "SECRETARY", "MEMBER")
			.requestMatchers("/search", "/search/**")
			.denyAll()
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter("username")
				.passwordParameter("password")
				.successHandler((request, response, authentication) -> SignInHandlers.signedIn(request, response, authentication,
						signInPolicy.getIfAvailable()))
				.failureHandler(SignInHandlers::loginFailed)
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(SignInHandlers::accessDenied)
				.authenticationEntryPoint(SignInHandlers::signIn))
			.addFilterAfter(new MustChangePasswordFilter(), AuthorizationFilter.class)
			.addFilterBefore(new SecondFactorFilter(), MustChangePasswordFilter.class);
		ClientRegistrationRepository provider = providers.getIfAvailable();
		SingleSignOnProperties sso = ssoSettings.getIfAvailable();
		if (provider != null && sso != null && sso.enabled()) {
			SingleSignOn.configure(http, provider, sso, ssoUsers.getObject());
		}
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

}
