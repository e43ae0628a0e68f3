package org.pecgov.audit;

import java.util.Collection;
import java.util.Map;

/**
 * The names of one kind of record, so that the audit trail names people and records (and links to them) rather
 * than showing their numbers. The feature that owns the records answers, only for the signed-in user's PCT.
 */
public interface RecordNames {

	/**
	 * @return the kind of record, as the trail records it (e.g. Person)
	 */
	String type();

	/**
	 * The names of some records, in one statement.
	 * @param ids the records
	 * @return each found record's name (records of another PCT are not found)
	 */
	Map<Long, String> namesOf(Collection<Long> ids);

	/**
	 * @param id a record
	 * @return the page that shows it, or null
	 */
	String href(Long id);

	/**
	 * Names read by id in one statement, kept to the signed-in user's PCT.
	 * @param type the kind of record
	 * @param finder reads records by their ids
	 * @param id a record's id
	 * @param name a record's name
	 * @param organisation a record's PCT
	 * @param href the page of a record
	 * @param <T> the record
	 * @return the names
	 */
	static <T> RecordNames byId(String type, java.util.function.Function<Collection<Long>, ? extends Iterable<T>> finder,
			java.util.function.Function<T, Long> id, java.util.function.Function<T, String> name,
			java.util.function.Function<T, Long> organisation, java.util.function.Function<Long, String> href) {
		return new RecordNames() {

			@Override
			public String type() {
				return type;
			}

			@Override
			public Map<Long, String> namesOf(Collection<Long> ids) {
				Long pct = org.pecgov.security.CurrentUser.organisationId();
				return java.util.stream.StreamSupport.stream(finder.apply(ids).spliterator(), false)
					.filter((record) -> pct.equals(organisation.apply(record)))
					.collect(java.util.stream.Collectors.toMap(id, name));
			}

			@Override
			public String href(Long recordId) {
				return href.apply(recordId);
			}

		};
	}

}
