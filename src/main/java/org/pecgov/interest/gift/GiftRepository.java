package org.pecgov.interest.gift;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GiftRepository extends JpaRepository<Gift, Long> {

	Page<Gift> findByOrganisationId(Long organisationId, Pageable pageable);

	/**
	 * Gifts to some people from 12 months before a day on, for counting gifts from one source together.
	 * @param personIds the people
	 * @param from the first day
	 * @return their gifts
	 */
	@Query("select g from Gift g where g.personId in ?1 and g.offeredOn >= ?2")
	List<Gift> sinceFor(Collection<Long> personIds, LocalDate from);

}
