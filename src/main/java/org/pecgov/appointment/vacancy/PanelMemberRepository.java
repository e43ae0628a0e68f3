package org.pecgov.appointment.vacancy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PanelMemberRepository extends JpaRepository<PanelMember, Long> {

	List<PanelMember> findByVacancyIdOrderById(Long vacancyId);

	long countByVacancyId(Long vacancyId);

	boolean existsByVacancyIdAndPersonId(Long vacancyId, Long personId);

	List<PanelMember> findByVacancyIdIn(java.util.Collection<Long> vacancyIds);

}
