package org.pecgov.organisation;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;
import org.pecgov.shared.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The PCT named in an SHA viewer's address ({@code /sha/{pctCode}/...}) is the one their page reads, if it is a
 * PCT of their SHA; for anyone else, or any other PCT, the page does not exist.
 */
@Configuration(proxyBeanMethods = false)
class ShaPctResolver implements WebMvcConfigurer, HandlerInterceptor {

	/** The request attribute holding the PCT read, for the page's header. */
	static final String PCT = "shaPct";

	/** Asked lazily: the web slices of other modules load this configuration without the service. */
	private final ObjectProvider<OrganisationService> organisations;

	ShaPctResolver(ObjectProvider<OrganisationService> organisations) {
		this.organisations = organisations;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(request.getAttribute(ShaAddresses.PCT_CODE) instanceof String code)) {
			return true;
		}
		PecgovPrincipal user = CurrentUser.find().orElse(null);
		if (user == null || user.getRole() != Role.SHA_VIEWER) {
			throw new NotFoundException("PCT", code);
		}
		Organisation pct = this.organisations.getObject()
			.pctsOf(user.getOrganisationId())
			.stream()
			.filter((p) -> p.getCode().equalsIgnoreCase(code.toUpperCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("PCT", code));
		request.setAttribute(CurrentUser.CHOSEN_PCT, pct.getId());
		request.setAttribute(PCT, pct);
		return true;
	}

}
