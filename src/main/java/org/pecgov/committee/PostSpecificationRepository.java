package org.pecgov.committee;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PostSpecificationRepository extends JpaRepository<PostSpecification, Long> {

	@EntityGraph(attributePaths = "requirements")
	List<PostSpecification> findByPostIdOrderByNumberDesc(Long postId);

	@EntityGraph(attributePaths = "requirements")
	@Query("select s from PostSpecification s where s.id in ?1")
	List<PostSpecification> findWithRequirements(Collection<Long> ids);

	@Query("select coalesce(max(s.number), 0) from PostSpecification s where s.postId = ?1")
	int lastNumber(Long postId);

}
