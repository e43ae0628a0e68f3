package org.pecgov.user;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.pecgov.organisation.Organisation;
import org.pecgov.organisation.OrganisationService;
import org.pecgov.organisation.OrganisationType;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;
import org.pecgov.security.SingleSignOnUsers;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a single sign-on is for: the user with the provider's verified email; or, for an email domain the operator
 * allows for a PCT, a new PEC member account, not yet linked to a person, for the PCT's administrator to complete.
 */
@Service
@Transactional(readOnly = true)
public class SingleSignOnAccounts implements SingleSignOnUsers {

	/** Domains shared by many organisations or by anyone: never one PCT's. */
	static final Set<String> SHARED_DOMAINS = Set.of("nhs.net", "nhs.uk", "gmail.com", "googlemail.com", "outlook.com",
			"hotmail.com", "hotmail.co.uk", "live.com", "live.co.uk", "yahoo.com", "yahoo.co.uk", "icloud.com",
			"me.com", "aol.com", "btinternet.com", "protonmail.com", "proton.me");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AppUserRepository users;

	private final SsoDomainRepository domains;

	private final PecgovUserDetailsService details;

	private final OrganisationService organisations;

	private final PasswordEncoder encoder;

	private final Clock clock;

	SingleSignOnAccounts(AppUserRepository users, SsoDomainRepository domains, PecgovUserDetailsService details,
			OrganisationService organisations, PasswordEncoder encoder, Clock clock) {
		this.users = users;
		this.domains = domains;
		this.details = details;
		this.organisations = organisations;
		this.encoder = encoder;
		this.clock = clock;
	}

	@Override
	@Transactional
	public PecgovPrincipal principalFor(String email, boolean emailVerified, String name) {
		if (!emailVerified || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new Refused(Reason.UNVERIFIED);
		}
		Optional<AppUser> user = this.users.findByEmail(email);
		if (user.isEmpty()) {
			user = newMember(email, name);
		}
		if (user.isEmpty()) {
			throw new Refused(Reason.UNKNOWN);
		}
		PecgovPrincipal principal = (PecgovPrincipal) this.details.loadUserByUsername(user.get().getEmail());
		if (!principal.isEnabled() || !principal.isAccountNonLocked()) {
			throw new Refused(Reason.DISABLED);
		}
		principal.eraseCredentials();
		return principal;
	}

	private Optional<AppUser> newMember(String email, String name) {
		String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
		return this.domains.findByDomain(domain).map((allowed) -> {
			byte[] unusable = new byte[32];
			RANDOM.nextBytes(unusable);
			String displayName = (name != null && !name.isBlank()) ? name.strip() : email;
			AppUser user = new AppUser(email, displayName.substring(0, Math.min(displayName.length(), 200)), Role.MEMBER,
					allowed.getOrganisationId(), null, this.encoder.encode(Base64.getEncoder().encodeToString(unusable)),
					false, this.clock.instant());
			user.awaitLink();
			return this.users.save(user);
		});
	}

	/**
	 * The email domains allowed for a PCT (for the operator).
	 * @param organisationId the PCT
	 * @return its domains
	 */
	public List<SsoDomain> domainsOf(Long organisationId) {
		return this.domains.findByOrganisationIdOrderByDomain(organisationId);
	}

	/**
	 * The operator allows a PCT's email domain: its people signing in through single sign-on get accounts.
	 * @param organisationId the PCT
	 * @param domain e.g. example-pct.nhs.uk
	 * @return the domain allowed
	 */
	@Transactional
	public SsoDomain allow(Long organisationId, String domain) {
		Organisation pct = this.organisations.get(organisationId);
		if (pct.getType() != OrganisationType.PCT) {
			throw new NotFoundException("PCT", organisationId);
		}
		String name = (domain != null) ? domain.strip().toLowerCase(Locale.ROOT) : "";
		if (name.startsWith("@")) {
			name = name.substring(1);
		}
		if (!name.matches("(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}")) {
			throw new FieldException("domain", "sso.domain.invalid");
		}
		if (SHARED_DOMAINS.contains(name)) {
			throw new FieldException("domain", "sso.domain.shared", name);
		}
		if (this.domains.findByDomain(name).isPresent()) {
			throw new FieldException("domain", "sso.domain.taken", name);
		}
		return this.domains.save(new SsoDomain(organisationId, name, this.clock.instant()));
	}

	/**
	 * The operator withdraws a domain: accounts already made stay.
	 * @param organisationId the PCT
	 * @param domainId the domain
	 */
	@Transactional
	public void withdraw(Long organisationId, Long domainId) {
		SsoDomain domain = this.domains.findByIdAndOrganisationId(domainId, organisationId)
			.orElseThrow(() -> new NotFoundException("SsoDomain", domainId));
		this.domains.delete(domain);
	}

}
