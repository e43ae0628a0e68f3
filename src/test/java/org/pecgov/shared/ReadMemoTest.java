package org.pecgov.shared;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import static org.assertj.core.api.Assertions.assertThat;

class ReadMemoTest {

	private final AtomicInteger loads = new AtomicInteger();

	@AfterEach
	void endTheTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationUtils.invokeAfterCompletion(TransactionSynchronizationManager.getSynchronizations(),
					TransactionSynchronization.STATUS_COMMITTED);
			TransactionSynchronizationManager.clear();
		}
	}

	@Test
	void aReadOnlyTransactionLoadsAValueOnce() {
		begin(true);

		assertThat(ReadMemo.isActive()).isTrue();
		assertThat(ReadMemo.get("committees", this::load)).isEqualTo(1);
		assertThat(ReadMemo.get("committees", this::load)).isEqualTo(1);
		assertThat(ReadMemo.get("posts", this::load)).isEqualTo(2);
		assertThat(this.loads).hasValue(2);
	}

	@Test
	void theNextTransactionLoadsItAgain() {
		begin(true);
		ReadMemo.get("committees", this::load);
		endTheTransaction();
		begin(true);

		assertThat(ReadMemo.get("committees", this::load)).isEqualTo(2);
	}

	@Test
	void aTransactionThatWritesLoadsEveryTime() {
		begin(false);

		assertThat(ReadMemo.isActive()).isFalse();
		ReadMemo.get("committees", this::load);
		ReadMemo.get("committees", this::load);
		assertThat(this.loads).hasValue(2);
	}

	@Test
	void outsideATransactionEveryCallLoads() {
		ReadMemo.get("committees", this::load);
		ReadMemo.get("committees", this::load);

		assertThat(ReadMemo.isActive()).isFalse();
		assertThat(this.loads).hasValue(2);
	}

	private int load() {
		return this.loads.incrementAndGet();
	}

	private static void begin(boolean readOnly) {
		TransactionSynchronizationManager.initSynchronization();
		TransactionSynchronizationManager.setActualTransactionActive(true);
		TransactionSynchronizationManager.setCurrentTransactionReadOnly(readOnly);
	}

}
