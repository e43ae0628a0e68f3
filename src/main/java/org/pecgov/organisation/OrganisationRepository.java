package org.pecgov.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	List<Organisation> findByTypeOrderByName(OrganisationType type);

	List<Organisation> findByShaIdOrderByName(Long shaId);

	@Query("select count(o) > 0 from Organisation o where upper(o.code) = upper(?1)")
	boolean existsByCodeIgnoringCase(String code);

	@Query("select count(o) > 0 from Organisation o where lower(o.name) = lower(?1)")
	boolean existsByNameIgnoringCase(String name);

	@Query("select o from Organisation o where upper(o.code) = upper(?1)")
	Optional<Organisation> findByCode(String code);

}
