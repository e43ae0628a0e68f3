package org.pecgov.member;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long>, JpaSpecificationExecutor<Person> {

	Optional<Person> findByIdAndOrganisationId(Long id, Long organisationId);

	@Query("select count(p) > 0 from Person p where p.organisationId = ?1 and lower(p.email) = lower(?2) and p.id <> ?3")
	boolean emailTaken(Long organisationId, String email, Long exceptId);

	long countByOrganisationId(Long organisationId);

	/** The people of a PCT whose "given family" name matches a LIKE pattern (escaped with a backslash). */
	@Query("select p.id from Person p where p.organisationId = ?1 and "
			+ "lower(concat(concat(p.givenName, ' '), p.familyName)) like ?2 escape '\\'")
	List<Long> idsNamed(Long organisationId, String pattern);

	static Specification<Person> matching(Long organisationId, PersonFilter filter) {
		return (root, query, cb) -> {
			var predicates = new java.util.ArrayList<jakarta.persistence.criteria.Predicate>();
			predicates.add(cb.equal(root.get("organisationId"), organisationId));
			if (!filter.includeRetired()) {
				predicates.add(cb.equal(root.get("status"), MemberStatus.ACTIVE));
			}
			if (filter.profession() != null) {
				predicates.add(cb.equal(root.get("profession"), filter.profession()));
			}
			if (filter.query() != null && !filter.query().isBlank()) {
				String pattern = "%" + escapeLike(filter.query().strip().toLowerCase(java.util.Locale.ROOT)) + "%";
				var fullName = cb.concat(cb.concat(cb.lower(root.get("givenName")), " "), cb.lower(root.get("familyName")));
				predicates.add(cb.or(cb.like(fullName, pattern, '\\'), cb.like(cb.lower(root.get("email")), pattern, '\\')));
			}
			return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
		};
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	default Page<Person> search(Long organisationId, PersonFilter filter, Pageable pageable) {
		return findAll(matching(organisationId, filter), pageable);
	}

	List<Person> findByOrganisationId(Long organisationId);

}
