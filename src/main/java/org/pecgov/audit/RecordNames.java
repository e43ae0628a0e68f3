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

}
