package org.pecgov.meeting.minutes;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

	Optional<Recommendation> findByIdAndOrganisationId(Long id, Long organisationId);

	/**
	 * A recommendation of a PCT.
	 * @param id the recommendation
	 * @param organisationId the PCT
	 * @return it
	 * @throws org.pecgov.shared.NotFoundException when it is not there or is another PCT's
	 */
	default Recommendation ofPct(Long id, Long organisationId) {
		return findByIdAndOrganisationId(id, organisationId)
			.orElseThrow(() -> new org.pecgov.shared.NotFoundException("Recommendation", id));
	}

	/** A recommendation with its statement of conflicts, in one statement. */
	@org.springframework.data.jpa.repository.EntityGraph(attributePaths = "conflicts")
	@Query("select r from Recommendation r where r.id = :id and r.organisationId = :organisationId")
	Optional<Recommendation> withConflicts(Long id, Long organisationId);

	@Query("select r from Recommendation r where r.itemId in :itemIds or r.boardItemId in :itemIds order by r.id")
	List<Recommendation> madeOrTakenOn(Collection<Long> itemIds);

	List<Recommendation> findByBoardItemIdIn(Collection<Long> boardItemIds);

	List<Recommendation> findByOrganisationIdAndStatusInOrderByIdAsc(Long organisationId,
			Collection<RecommendationStatus> statuses);

	long countByItemIdIn(Collection<Long> itemIds);

	/**
	 * How many of the PCT's recommendations wait on someone, by status and by whether the Board meeting they are on has
	 * been held, in one statement: rows of status, held, count.
	 */
	@Query("""
			select r.status, (m.status in (org.pecgov.meeting.MeetingStatus.HELD,
			                              org.pecgov.meeting.MeetingStatus.MINUTES_APPROVED)), count(r)
			from Recommendation r left join org.pecgov.meeting.Meeting m on m.id = r.boardMeetingId
			where r.organisationId = :organisationId
			and r.status in (org.pecgov.meeting.minutes.RecommendationStatus.DRAFTED,
			                 org.pecgov.meeting.minutes.RecommendationStatus.SENT,
			                 org.pecgov.meeting.minutes.RecommendationStatus.DEFERRED,
			                 org.pecgov.meeting.minutes.RecommendationStatus.ON_AGENDA)
			group by r.status, m.status
			""")
	List<Object[]> waiting(Long organisationId);

	/** The PCT's recommendations, those waiting on someone first (drafted, sent, on an agenda), then the latest. */
	@Query("""
			select r from Recommendation r where r.organisationId = :organisationId
			and (:status is null or r.status = :status)
			order by case when r.status in (org.pecgov.meeting.minutes.RecommendationStatus.DRAFTED,
			                                org.pecgov.meeting.minutes.RecommendationStatus.SENT,
			                                org.pecgov.meeting.minutes.RecommendationStatus.ON_AGENDA) then 0 else 1 end,
			         r.id desc
			""")
	Page<Recommendation> list(Long organisationId, RecommendationStatus status, Pageable pageable);

}
