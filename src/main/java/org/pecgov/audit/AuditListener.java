package org.pecgov.audit;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.pecgov.security.CurrentUser;
import org.pecgov.shared.Audited;
import org.pecgov.shared.OrganisationOwned;

import org.springframework.stereotype.Component;

/**
 * Records every insert, update and delete of every entity as an audit event with its changed fields,
 * written on the same connection just before the transaction commits (so a write and its audit
 * trail commit or roll back together).
 */
@Component
class AuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

	/** Fields that change as a side effect, or that the event itself records. */
	private static final Set<String> IGNORED = Set.of("version", "failedLogins", "organisationId", "content");

	/** Fields whose values are secret: the trail says they changed, not to what. */
	private static final Set<String> MASKED = Set.of("passwordHash", "calendarToken", "tokenHash", "secret", "codeHash", "salt");

	static final String MASK = "••••••";

	/** The kind of record that is a person, and the field by which other records name theirs. */
	private static final String PERSON = "Person";

	private static final String PERSON_ID = "personId";

	private final Clock clock;

	AuditListener(EntityManagerFactory entityManagerFactory, Clock clock) {
		this.clock = clock;
		EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_DELETE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		if (!(event.getEntity() instanceof Audited)) {
			return;
		}
		String[] names = event.getPersister().getPropertyNames();
		List<String[]> changes = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			if (!IGNORED.contains(names[i]) && event.getState()[i] != null) {
				changes.add(change(names[i], null, event.getState()[i]));
			}
		}
		schedule(event.getSession(), event.getEntity(), (Long) event.getId(), AuditAction.CREATE, changes,
				concerned(event.getEntity(), (Long) event.getId(), names, event.getState()));
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		if (!(event.getEntity() instanceof Audited) || event.getOldState() == null) {
			return;
		}
		String[] names = event.getPersister().getPropertyNames();
		List<String[]> changes = new ArrayList<>();
		AuditAction action = AuditAction.UPDATE;
		for (int i = 0; i < names.length; i++) {
			Object before = event.getOldState()[i];
			Object after = event.getState()[i];
			if (IGNORED.contains(names[i]) || Objects.equals(format(before), format(after))) {
				continue;
			}
			changes.add(change(names[i], before, after));
			if (names[i].equals("status") && "RETIRED".equals(format(after))) {
				action = AuditAction.RETIRE;
			}
			else if (names[i].equals("status") && "RETIRED".equals(format(before))) {
				action = AuditAction.REINSTATE;
			}
		}
		if (!changes.isEmpty()) {
			schedule(event.getSession(), event.getEntity(), (Long) event.getId(), action, changes,
					concerned(event.getEntity(), (Long) event.getId(), names, event.getState()));
		}
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		if (event.getEntity() instanceof Audited) {
			schedule(event.getSession(), event.getEntity(), (Long) event.getId(), AuditAction.DELETE, List.of(),
					concerned(event.getEntity(), (Long) event.getId(), event.getPersister().getPropertyNames(),
							event.getDeletedState()));
		}
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	/**
	 * The person a change concerns: the person themselves, or the record's own person (its {@code personId}).
	 * @param entity the record
	 * @param id its id
	 * @param names its properties
	 * @param state their values
	 * @return the person, or null when the record is no one's
	 */
	static Long concerned(Object entity, Long id, String[] names, Object[] state) {
		if (entity.getClass().getSimpleName().equals(PERSON)) {
			return id;
		}
		for (int i = 0; state != null && i < names.length; i++) {
			if (names[i].equals(PERSON_ID) && state[i] instanceof Long person) {
				return person;
			}
		}
		return null;
	}

	private void schedule(SharedSessionContractImplementor session, Object entity, Long id, AuditAction action,
			List<String[]> changes, Long personId) {
		Long organisationId = (entity instanceof OrganisationOwned owned) ? owned.getOrganisationId() : null;
		String actor = CurrentUser.actor();
		Timestamp when = Timestamp.from(this.clock.instant());
		String type = entity.getClass().getSimpleName();
		session.getTransactionCompletionCallbacks()
			.registerCallback((BeforeCompletionCallback) (s) -> s.doWork((connection) -> write(connection, when, actor,
					organisationId, type, id, action, changes, personId)));
	}

	private static void write(Connection connection, Timestamp when, String actor, Long organisationId, String type,
			Long id, AuditAction action, List<String[]> changes, Long personId) throws SQLException {
		long eventId;
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into audit_event (occurred_at, actor, organisation_id, entity_type, entity_id, action, person_id) "
						+ "values (?, ?, ?, ?, ?, ?, ?) returning id")) {
			insert.setTimestamp(1, when);
			insert.setString(2, actor);
			if (organisationId != null) {
				insert.setLong(3, organisationId);
			}
			else {
				insert.setNull(3, Types.BIGINT);
			}
			insert.setString(4, type);
			insert.setLong(5, id);
			insert.setString(6, action.name());
			if (personId != null) {
				insert.setLong(7, personId);
			}
			else {
				insert.setNull(7, Types.BIGINT);
			}
			try (ResultSet keys = insert.executeQuery()) {
				keys.next();
				eventId = keys.getLong(1);
			}
		}
		if (changes.isEmpty()) {
			return;
		}
		try (PreparedStatement insert = connection
			.prepareStatement("insert into audit_change (event_id, field, old_value, new_value) values (?, ?, ?, ?)")) {
			for (String[] change : changes) {
				insert.setLong(1, eventId);
				insert.setString(2, change[0]);
				insert.setString(3, change[1]);
				insert.setString(4, change[2]);
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static String[] change(String field, Object before, Object after) {
		if (MASKED.contains(field)) {
			return new String[] { field, (before != null) ? MASK : null, (after != null) ? MASK : null };
		}
		return new String[] { field, format(before), format(after) };
	}

	static String format(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof Audited entity) {
			return String.valueOf(entity.getId());
		}
		String text = value.toString();
		return text.isEmpty() ? null : text;
	}

}
