package org.pecgov.shared;

import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an instance does once at start-up on a shared database (the demo data, the first operator, a PCT's
 * defaults) checks and writes under one PostgreSQL advisory lock, in one transaction: instances starting
 * together take turns, and each later one finds the work done.
 */
@Component
public class StartupLock {

	/** The lock's key: "pecgov" in ASCII. */
	private static final long KEY = 0x706563676F76L;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	public StartupLock(JdbcTemplate jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	/**
	 * Checks and does some start-up work while no other instance does any.
	 * @param <T> what the work answers
	 * @param work the check and the writes, in one transaction
	 * @return what the work answered
	 */
	public <T> T holding(Supplier<T> work) {
		return this.transaction.execute((status) -> {
			this.jdbc.queryForList("select pg_advisory_xact_lock(?)", KEY);
			return work.get();
		});
	}

	/**
	 * As {@link #holding(Supplier)}, for work that answers nothing.
	 * @param work the check and the writes
	 */
	public void holding(Runnable work) {
		holding(() -> {
			work.run();
			return null;
		});
	}

}
