package org.pecgov.demo;

import java.util.List;

import org.pecgov.member.Person;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A demo PCT as the modules seed it: its register in the demo's order (the PEC chair first, the PCT chair
 * fifteenth), and a way to act as its administrator or its PEC chair, so that the services' rules,
 * scoping and audit apply to the demo as to anyone.
 * @param organisationId the PCT
 * @param place the PCT's place name ("Northshire")
 * @param people the register, in the demo's order
 */
public record DemoPct(Long organisationId, String place, List<Person> people) {

	/**
	 * Runs demo set-up as the PCT's administrator.
	 * @param work what the administrator does
	 */
	public void asAdministrator(Runnable work) {
		runAs(Role.ADMIN, null, work);
	}

	/**
	 * Runs demo set-up as the PCT's PEC chair (the first person of the register).
	 * @param work what the chair does
	 */
	public void asChair(Runnable work) {
		runAs(Role.CHAIR, this.people.get(0).getId(), work);
	}

	/**
	 * Runs demo set-up as one of the PCT's members, signed in with their own login.
	 * @param person who
	 * @param work what they do
	 */
	public void asMember(Person person, Runnable work) {
		runAs(Role.MEMBER, person.getId(), work);
	}

	private void runAs(Role role, Long personId, Runnable work) {
		PecgovPrincipal loader = new PecgovPrincipal(0L, "demo-data@pecgov.example", "Demo data", role,
				this.organisationId, null, personId, false, true, true, null);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(loader, null, loader.getAuthorities()));
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
