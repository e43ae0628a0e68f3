package org.pecgov.outbox;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequiredNoticeRepository extends JpaRepository<RequiredNotice, Long> {

	List<RequiredNotice> findByOrganisationId(Long organisationId);

}
