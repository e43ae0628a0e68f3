package org.pecgov.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of the records a page of the audit trail mentions (the records changed, and the people, meetings,
 * committees, posts and users their changes point to), read once for the page: one statement per kind of record.
 */
public final class AuditNames {

	/** Fields that hold another record's id, and the kind of record. */
	static final Map<String, String> REFERENCES = Map.ofEntries(Map.entry("personId", "Person"),
			Map.entry("appraiserId", "Person"), Map.entry("declarantId", "Person"), Map.entry("ownerId", "Person"),
			Map.entry("reviewerId", "Person"), Map.entry("chairId", "Person"), Map.entry("userId", "AppUser"),
			Map.entry("meetingId", "Meeting"), Map.entry("committeeId", "Committee"), Map.entry("postId", "Post"));

	private static final String PERSON = "Person";

	private final Map<String, Map<Long, String>> names;

	private final Map<String, RecordNames> sources;

	private AuditNames(Map<String, Map<Long, String>> names, Map<String, RecordNames> sources) {
		this.names = names;
		this.sources = sources;
	}

	/**
	 * Reads the names a page of entries needs.
	 * @param entries the page's entries
	 * @param sources the features that name their records
	 * @return the names
	 */
	static AuditNames of(Collection<AuditEntry> entries, Collection<RecordNames> sources) {
		Map<String, Set<Long>> wanted = new HashMap<>();
		for (AuditEntry entry : entries) {
			wanted.computeIfAbsent(entry.event().getEntityType(), (k) -> new HashSet<>()).add(entry.event().getEntityId());
			if (entry.event().getPersonId() != null) {
				wanted.computeIfAbsent(PERSON, (k) -> new HashSet<>()).add(entry.event().getPersonId());
			}
			for (AuditChange change : entry.changes()) {
				String type = REFERENCES.get(change.getField());
				if (type != null) {
					for (String value : List.of(String.valueOf(change.getOldValue()), String.valueOf(change.getNewValue()))) {
						id(value).ifPresent((id) -> wanted.computeIfAbsent(type, (k) -> new HashSet<>()).add(id));
					}
				}
			}
		}
		Map<String, RecordNames> byType = new HashMap<>();
		sources.forEach((source) -> byType.put(source.type(), source));
		Map<String, Map<Long, String>> names = new HashMap<>();
		wanted.forEach((type, ids) -> {
			RecordNames source = byType.get(type);
			if (source != null && !ids.isEmpty()) {
				names.put(type, source.namesOf(ids));
			}
		});
		return new AuditNames(names, byType);
	}

	private static java.util.Optional<Long> id(String value) {
		try {
			return java.util.Optional.of(Long.valueOf(value));
		}
		catch (NumberFormatException ex) {
			return java.util.Optional.empty();
		}
	}

	/**
	 * @param type a kind of record
	 * @param id a record
	 * @return its name, or null when it has none here (deleted, or not a kind that is named)
	 */
	public String name(String type, Long id) {
		return this.names.getOrDefault(type, Map.of()).get(id);
	}

	/**
	 * @param type a kind of record
	 * @param id a record
	 * @return the page that shows it, or null
	 */
	public String href(String type, Long id) {
		RecordNames source = this.sources.get(type);
		return (source != null && name(type, id) != null) ? source.href(id) : null;
	}

	/**
	 * The person an entry concerns, when it is not the person's own record.
	 * @param entry an entry
	 * @return their name, or null when the entry concerns no one else (or no one named here)
	 */
	public String concerning(AuditEntry entry) {
		Long person = entry.event().getPersonId();
		boolean own = PERSON.equals(entry.event().getEntityType());
		return (person == null || own) ? null : name(PERSON, person);
	}

	/**
	 * The kind of record a changed field points to.
	 * @param field a field
	 * @return e.g. Person, or null when the field holds no record's id
	 */
	public String referenceOf(String field) {
		return REFERENCES.get(field);
	}

	/**
	 * The name of the record a changed value points to.
	 * @param field the field
	 * @param value the value recorded
	 * @return the name, or null when the value names nothing
	 */
	public String valueName(String field, String value) {
		String type = REFERENCES.get(field);
		return (type == null || value == null) ? null : id(value).map((id) -> name(type, id)).orElse(null);
	}

	/**
	 * @param field the field
	 * @param value the value recorded
	 * @return the page of the record the value points to, or null
	 */
	public String valueHref(String field, String value) {
		String type = REFERENCES.get(field);
		return (type == null || value == null) ? null : id(value).map((id) -> href(type, id)).orElse(null);
	}

}
