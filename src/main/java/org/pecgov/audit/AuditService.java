package org.pecgov.audit;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import org.pecgov.security.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail of the signed-in user's PCT. Writing is {@link AuditListener}'s job.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

	public static final int PAGE_SIZE = 50;

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

	private final AuditRepository events;

	private final ZoneId zone;

	private final org.springframework.beans.factory.ObjectProvider<RecordNames> recordNames;

	AuditService(AuditRepository events, Clock clock,
			org.springframework.beans.factory.ObjectProvider<RecordNames> recordNames) {
		this.events = events;
		this.zone = clock.getZone();
		this.recordNames = recordNames;
	}

	/**
	 * The names of the records a page of the trail mentions, read once for the page.
	 * @param entries the page's entries
	 * @return their names
	 */
	public AuditNames names(java.util.Collection<AuditEntry> entries) {
		return AuditNames.of(entries, this.recordNames.stream().toList());
	}

	public Page<AuditEntry> list(AuditFilter filter, int page) {
		Long organisationId = CurrentUser.organisationId();
		Specification<AuditEvent> specification = (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			predicates.add(cb.equal(root.get("organisationId"), organisationId));
			if (filter.entityType() != null) {
				predicates.add(cb.equal(root.get("entityType"), filter.entityType()));
			}
			if (filter.entityType() != null && filter.entityId() != null) {
				predicates.add(cb.equal(root.get("entityId"), filter.entityId()));
			}
			if (filter.personId() != null) {
				predicates.add(cb.equal(root.get("personId"), filter.personId()));
			}
			if (filter.actor() != null) {
				predicates.add(cb.like(cb.lower(root.get("actor")),
						"%" + filter.actor().toLowerCase(java.util.Locale.ROOT).replace("%", "\\%").replace("_", "\\_")
								+ "%",
						'\\'));
			}
			if (filter.action() != null) {
				predicates.add(cb.equal(root.get("action"), filter.action()));
			}
			if (filter.from() != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"),
						filter.from().atStartOfDay(this.zone).toInstant()));
			}
			if (filter.to() != null) {
				predicates.add(cb.lessThan(root.get("occurredAt"),
						filter.to().plusDays(1).atStartOfDay(this.zone).toInstant()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
		return withChanges(this.events.search(specification, PageRequest.of(Math.max(page, 0), PAGE_SIZE, NEWEST_FIRST)));
	}

	/**
	 * The people the PCT's trail concerns, by name, for the filter: one statement for who, one for their names.
	 * @return each person's id and name, in the order of their names
	 */
	public List<Map.Entry<Long, String>> peopleConcerned() {
		List<Long> ids = this.events.peopleConcerned(CurrentUser.organisationId());
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.recordNames.stream()
			.filter((source) -> source.type().equals("Person"))
			.findFirst()
			.map((source) -> source.namesOf(ids))
			.orElse(Map.of())
			.entrySet()
			.stream()
			.sorted(Map.Entry.<Long, String>comparingByValue(java.text.Collator.getInstance(java.util.Locale.UK))
				.thenComparing(Map.Entry.comparingByKey()))
			.toList();
	}

	/**
	 * The history of one record of the current PCT, newest first.
	 * @param entityType e.g. Person
	 * @param entityId its id
	 * @param page page number from 0
	 * @return a page of entries
	 */
	public Page<AuditEntry> historyOf(String entityType, Long entityId, int page) {
		return withChanges(this.events.findByOrganisationIdAndEntityTypeAndEntityId(CurrentUser.organisationId(),
				entityType, entityId, PageRequest.of(Math.max(page, 0), PAGE_SIZE, NEWEST_FIRST)));
	}

	private Page<AuditEntry> withChanges(Page<AuditEvent> page) {
		List<Long> ids = page.getContent().stream().map(AuditEvent::getId).toList();
		Map<Long, List<AuditChange>> changes = ids.isEmpty() ? Map.of()
				: this.events.changesOf(ids).stream().collect(Collectors.groupingBy(AuditChange::getEventId));
		return page.map((event) -> new AuditEntry(event, changes.getOrDefault(event.getId(), List.of())));
	}

}
