package org.pecgov.user;

import java.util.Optional;

import org.pecgov.security.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

	@Query("select u from AppUser u where lower(u.email) = lower(?1)")
	Optional<AppUser> findByEmail(String email);

	Optional<AppUser> findByCalendarToken(String calendarToken);

	@Query("select count(u) > 0 from AppUser u where lower(u.email) = lower(?1)")
	boolean emailTaken(String email);

	Optional<AppUser> findByIdAndOrganisationId(Long id, Long organisationId);

	Page<AppUser> findByOrganisationId(Long organisationId, Pageable pageable);

	boolean existsByRole(Role role);

	boolean existsByPersonId(Long personId);

	Optional<AppUser> findByPersonId(Long personId);

	java.util.List<AppUser> findByOrganisationIdAndEnabledTrue(Long organisationId);

}
