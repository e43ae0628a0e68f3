package org.pecgov.appointment.vacancy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScoreRepository extends JpaRepository<Score, Long> {

	List<Score> findByCandidateIdIn(Collection<Long> candidateIds);

	Optional<Score> findByCandidateIdAndPanelMemberIdAndCompetencyId(Long candidateId, Long panelMemberId,
			Long competencyId);

	/**
	 * The mean panel score of each appointed person on each competency, for the skills matrix.
	 * @param organisationId the PCT
	 * @return rows of person id, competency id, mean score
	 */
	@Query("""
			select c.personId, s.competencyId, avg(s.score)
			from Score s, Candidate c, Vacancy v
			where s.candidateId = c.id and c.vacancyId = v.id and v.organisationId = ?1
			group by c.personId, s.competencyId
			""")
	List<Object[]> meanScores(Long organisationId);

}
