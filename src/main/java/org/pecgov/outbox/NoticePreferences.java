package org.pecgov.outbox;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who receives which emails, and how (issue 17 §1): each person's choice per kind (at once, in a weekly digest,
 * or not at all), and the kinds their PCT requires (always sent at once, as are the emails about one's account).
 * A choice belongs to the person on the register a message is for, or, for a user who is on no register, to their
 * email address.
 */
@Service
@Transactional(readOnly = true)
public class NoticePreferences {

	private final JdbcClient jdbc;

	NoticePreferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How an outbox message is to be sent.
	 * @param message the message
	 * @return at once, into the weekly digest, or not at all
	 */
	NoticeKind.Mode modeOf(OutboxMessage message) {
		NoticeKind kind = NoticeKind.of(message.kind()).orElse(null);
		if (kind == null || kind.isSecurity() || (message.organisationId() != null
				&& required(message.organisationId()).contains(kind))) {
			return NoticeKind.Mode.IMMEDIATE;
		}
		String chosen = (message.personId() != null)
				? this.jdbc.sql("select mode from notice_preference where person_id = ? and kind = ?")
					.params(message.personId(), kind.name())
					.query(String.class)
					.optional()
					.orElse(null)
				: (message.recipient() != null)
						? this.jdbc.sql("select mode from notice_preference where lower(email) = lower(?) and kind = ?")
							.params(message.recipient(), kind.name())
							.query(String.class)
							.optional()
							.orElse(null)
						: null;
		return (chosen != null) ? NoticeKind.Mode.valueOf(chosen) : NoticeKind.Mode.IMMEDIATE;
	}

	/**
	 * The signed-in user's choices, every choosable kind with its mode (at once unless they chose otherwise).
	 * @return the modes by kind
	 */
	public Map<NoticeKind, NoticeKind.Mode> mine() {
		PecgovPrincipal me = CurrentUser.get();
		Map<NoticeKind, NoticeKind.Mode> modes = new EnumMap<>(NoticeKind.class);
		NoticeKind.choosable().forEach((k) -> modes.put(k, NoticeKind.Mode.IMMEDIATE));
		(me.getPersonId() != null
				? this.jdbc.sql("select kind, mode from notice_preference where person_id = ?").param(me.getPersonId())
				: this.jdbc.sql("select kind, mode from notice_preference where lower(email) = lower(?)").param(me.getEmail()))
			.query((rs, n) -> Map.entry(rs.getString("kind"), rs.getString("mode")))
			.list()
			.forEach((e) -> NoticeKind.of(e.getKey())
				.filter(modes::containsKey)
				.ifPresent((k) -> modes.put(k, NoticeKind.Mode.valueOf(e.getValue()))));
		return modes;
	}

	/**
	 * Saves the signed-in user's choices; a kind their PCT requires or a security kind is left as it is.
	 * @param modes the modes chosen by kind
	 */
	@Transactional
	public void saveMine(Map<NoticeKind, NoticeKind.Mode> modes) {
		PecgovPrincipal me = CurrentUser.get();
		Set<NoticeKind> required = (me.getOrganisationId() != null) ? required(me.getOrganisationId())
				: EnumSet.noneOf(NoticeKind.class);
		modes.forEach((kind, mode) -> {
			if (kind.isSecurity() || required.contains(kind)) {
				return;
			}
			if (me.getPersonId() != null) {
				this.jdbc.sql("""
						insert into notice_preference (person_id, kind, mode) values (?, ?, ?)
						on conflict (person_id, kind) where person_id is not null
						do update set mode = excluded.mode, version = notice_preference.version + 1
						""").params(me.getPersonId(), kind.name(), mode.name()).update();
			}
			else {
				this.jdbc.sql("""
						insert into notice_preference (email, kind, mode) values (?, ?, ?)
						on conflict (lower(email), kind) where email is not null
						do update set mode = excluded.mode, version = notice_preference.version + 1
						""").params(me.getEmail().toLowerCase(Locale.ROOT), kind.name(), mode.name()).update();
			}
		});
	}

	/**
	 * The kinds a PCT requires: always sent at once.
	 * @param organisationId the PCT
	 * @return the kinds
	 */
	public Set<NoticeKind> required(Long organisationId) {
		Set<NoticeKind> kinds = EnumSet.noneOf(NoticeKind.class);
		this.jdbc.sql("select kind from required_notice where organisation_id = ?")
			.param(organisationId)
			.query(String.class)
			.list()
			.forEach((k) -> NoticeKind.of(k).ifPresent(kinds::add));
		return kinds;
	}

	/**
	 * An administrator sets the kinds their PCT requires.
	 * @param kinds the kinds (security kinds need not be named: they always are)
	 */
	@Transactional
	public void setRequired(Set<NoticeKind> kinds) {
		Long organisationId = CurrentUser.organisationId();
		this.jdbc.sql("delete from required_notice where organisation_id = ?").param(organisationId).update();
		kinds.stream()
			.filter((k) -> !k.isSecurity())
			.forEach((k) -> this.jdbc.sql("insert into required_notice (organisation_id, kind) values (?, ?)")
				.params(organisationId, k.name())
				.update());
	}

}
