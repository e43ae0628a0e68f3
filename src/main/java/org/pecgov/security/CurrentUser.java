package org.pecgov.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in user of this request. Services scope every query by {@link #organisationId()}.
 */
public final class CurrentUser {

	/**
	 * The request attribute holding the PCT an SHA viewer reads: the one named in the address
	 * ({@code /sha/{pctCode}/...}), so that two tabs on two PCTs never mix.
	 */
	public static final String CHOSEN_PCT = "pecgov.sha.chosenPct";

	private CurrentUser() {
	}

	public static Optional<PecgovPrincipal> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PecgovPrincipal principal) {
			return Optional.of(principal);
		}
		return Optional.empty();
	}

	public static PecgovPrincipal get() {
		return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

	/**
	 * The PCT of the signed-in user.
	 * @return its id
	 * @throws AccessDeniedException when the user belongs to no PCT (operators, SHA viewers)
	 */
	public static Long organisationId() {
		PecgovPrincipal user = get();
		if (user.getRole() == Role.OPERATOR || user.getRole() == Role.SHA_VIEWER || user.getOrganisationId() == null) {
			throw new AccessDeniedException("Not a user of a PCT");
		}
		return user.getOrganisationId();
	}

	/**
	 * The PCT whose records the signed-in user reads: their own, or for an SHA viewer the PCT of their
	 * SHA that they chose to look at.
	 * @return its id
	 * @throws NoPctChosenException when an SHA viewer has not chosen a PCT yet
	 * @throws AccessDeniedException for operators
	 */
	public static Long readableOrganisationId() {
		PecgovPrincipal user = get();
		if (user.getRole() == Role.SHA_VIEWER) {
			RequestAttributes request = RequestContextHolder.getRequestAttributes();
			Object chosen = (request != null) ? request.getAttribute(CHOSEN_PCT, RequestAttributes.SCOPE_REQUEST) : null;
			if (chosen instanceof Long id) {
				return id;
			}
			throw new NoPctChosenException();
		}
		return organisationId();
	}

	/**
	 * Who the audit trail names for a write.
	 * @return the signed-in user's email, or "system" for writes made at start-up
	 */
	public static String actor() {
		return find().map(PecgovPrincipal::getEmail).orElse("system");
	}

}
