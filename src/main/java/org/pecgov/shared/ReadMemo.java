package org.pecgov.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a read-only transaction has already loaded and asks again (a PCT's committees, posts and settings, which
 * a page's services each need): loaded once per transaction. Outside a read-only transaction every call loads,
 * so that a write never reads what it has itself made stale.
 */
public final class ReadMemo {

	private static final Object KEY = ReadMemo.class;

	private ReadMemo() {
	}

	/**
	 * Whether values are kept: in a read-only transaction. Elsewhere a caller that would load more than it needs
	 * for the sake of the memo loads just what it needs.
	 * @return whether they are
	 */
	public static boolean isActive() {
		return TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

	/**
	 * The value for a key, loaded at most once in the current read-only transaction.
	 * @param <T> its type
	 * @param key what identifies the value (a name and the PCT it is of)
	 * @param load how to load it
	 * @return the value
	 */
	@SuppressWarnings("unchecked")
	public static <T> T get(Object key, Supplier<T> load) {
		if (!isActive()) {
			return load.get();
		}
		Map<Object, Object> memo = (Map<Object, Object>) TransactionSynchronizationManager.getResource(KEY);
		if (memo == null) {
			Map<Object, Object> created = new HashMap<>();
			TransactionSynchronizationManager.bindResource(KEY, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
				}

			});
			memo = created;
		}
		if (memo.containsKey(key)) {
			return (T) memo.get(key);
		}
		T value = load.get();
		memo.put(key, value);
		return value;
	}

}
