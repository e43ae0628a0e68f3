package org.pecgov.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

	Optional<Meeting> findByIdAndOrganisationId(Long id, Long organisationId);

	List<Meeting> findTop10ByOrganisationIdAndPublicMeetingTrueAndDateGreaterThanEqualOrderByDateAscStartTimeAsc(
			Long organisationId, java.time.LocalDate from);

	List<Meeting> findTop5ByOrganisationIdAndCommitteeIdAndPublicMeetingTrueAndStatusOrderByDateDesc(Long organisationId,
			Long committeeId, MeetingStatus status);

	List<Meeting> findByOrganisationIdAndPublicMeetingTrueAndDateGreaterThanEqualOrderByDateAscStartTimeAsc(
			Long organisationId, java.time.LocalDate from);

	Page<Meeting> findByOrganisationIdAndPublicMeetingTrueAndStatusIn(Long organisationId,
			java.util.Collection<MeetingStatus> statuses, Pageable pageable);

	/** The meeting, locked until the transaction ends: agenda and plan writes of a meeting take turns. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from Meeting m where m.id = :id and m.organisationId = :organisationId")
	Optional<Meeting> lock(Long id, Long organisationId);

	@Query("""
			select m from Meeting m where m.organisationId = :organisationId
			and (:upcoming is null or (:upcoming = true and m.date >= :today) or (:upcoming = false and m.date < :today))
			""")
	Page<Meeting> list(Long organisationId, Boolean upcoming, LocalDate today, Pageable pageable);

	List<Meeting> findByOrganisationIdAndDateGreaterThanEqualOrderByDateAscStartTimeAsc(Long organisationId,
			LocalDate from);

	List<Meeting> findByOrganisationIdAndCommitteeIdAndDateBeforeOrderByDateDesc(Long organisationId, Long committeeId,
			LocalDate date);

	List<Meeting> findTop3ByOrganisationIdAndDateBetweenOrderByDateAscStartTimeAsc(Long organisationId, LocalDate from,
			LocalDate to);

	List<Meeting> findByOrganisationIdAndDateBetweenAndStatusNotOrderByDateAscStartTimeAsc(Long organisationId,
			LocalDate from, LocalDate to, MeetingStatus not);

	List<Meeting> findByOrganisationIdAndCommitteeIdAndDateBetweenAndStatusInOrderByDateAsc(Long organisationId,
			Long committeeId, LocalDate from, LocalDate to, java.util.Collection<MeetingStatus> statuses);

}
