package org.pecgov.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user, kept in the (database-backed) session.
 */
public final class PecgovPrincipal implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Long userId;

	private final String email;

	private final String displayName;

	private final Role role;

	private final Long organisationId;

	private final String organisationName;

	private final Long personId;

	private final boolean mustChangePassword;

	private final boolean enabled;

	private final boolean nonLocked;

	private final boolean credentialsNonExpired;

	private String password;

	public PecgovPrincipal(Long userId, String email, String displayName, Role role, Long organisationId,
			String organisationName, Long personId, boolean mustChangePassword, boolean enabled, boolean nonLocked,
			String password) {
		this(userId, email, displayName, role, organisationId, organisationName, personId, mustChangePassword, enabled,
				nonLocked, true, password);
	}

	/**
	 * The user as they sign in.
	 * @param credentialsNonExpired false when their one-time password has expired (72 hours after it was given)
	 */
	public PecgovPrincipal(Long userId, String email, String displayName, Role role, Long organisationId,
			String organisationName, Long personId, boolean mustChangePassword, boolean enabled, boolean nonLocked,
			boolean credentialsNonExpired, String password) {
		this.credentialsNonExpired = credentialsNonExpired;
		this.userId = userId;
		this.email = email;
		this.displayName = displayName;
		this.role = role;
		this.organisationId = organisationId;
		this.organisationName = organisationName;
		this.personId = personId;
		this.mustChangePassword = mustChangePassword;
		this.enabled = enabled;
		this.nonLocked = nonLocked;
		this.password = password;
	}

	public PecgovPrincipal withPasswordChanged() {
		return new PecgovPrincipal(this.userId, this.email, this.displayName, this.role, this.organisationId,
				this.organisationName, this.personId, false, this.enabled, this.nonLocked, null);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public boolean isCredentialsNonExpired() {
		return this.credentialsNonExpired;
	}

	@Override
	public boolean isAccountNonLocked() {
		return this.nonLocked;
	}

	@Override
	public void eraseCredentials() {
		this.password = null;
	}

	public Long getUserId() {
		return this.userId;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean hasRole(String role) {
		return this.role.name().equals(role);
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public String getOrganisationName() {
		return this.organisationName;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PecgovPrincipal that && this.userId.equals(that.userId);
	}

	@Override
	public int hashCode() {
		return this.userId.hashCode();
	}

	@Override
	public String toString() {
		return "PecgovPrincipal[" + this.email + ", " + this.role + "]";
	}

}
