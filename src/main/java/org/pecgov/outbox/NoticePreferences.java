package org.pecgov.outbox;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

	private final NoticePreferenceRepository preferences;

	private final RequiredNoticeRepository required;

	NoticePreferences(JdbcClient jdbc, NoticePreferenceRepository preferences, RequiredNoticeRepository required) {
		this.jdbc = jdbc;
		this.preferences = preferences;
		this.required = required;
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
		((me.getPersonId() != null) ? this.preferences.findByPersonId(me.getPersonId())
				: this.preferences.findByEmail(me.getEmail()))
			.forEach((p) -> NoticeKind.of(p.getKind()).filter(modes::containsKey).ifPresent((k) -> modes.put(k, p.getMode())));
		return modes;
	}

	/**
	 * Saves the signed-in user's choices (each change audited); a kind their PCT requires or a security kind is left
	 * as it is.
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
			NoticePreference preference = ((me.getPersonId() != null)
					? this.preferences.findByPersonIdAndKind(me.getPersonId(), kind.name())
					: this.preferences.findByEmailAndKind(me.getEmail(), kind.name()))
				.orElseGet(() -> new NoticePreference(me.getOrganisationId(), me.getPersonId(),
						(me.getPersonId() != null) ? null : me.getEmail().toLowerCase(Locale.ROOT), kind, mode));
			if (preference.isNew() || preference.getMode() != mode) {
				preference.choose(mode);
				this.preferences.save(preference);
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
		this.required.findByOrganisationId(organisationId).forEach((r) -> NoticeKind.of(r.getKind()).ifPresent(kinds::add));
		return kinds;
	}

	/**
	 * An administrator sets the kinds their PCT requires (each kind added or removed audited).
	 * @param kinds the kinds (security kinds need not be named: they always are)
	 */
	@Transactional
	public void setRequired(Set<NoticeKind> kinds) {
		Long organisationId = CurrentUser.organisationId();
		List<RequiredNotice> now = this.required.findByOrganisationId(organisationId);
		Set<String> wanted = kinds.stream().filter((k) -> !k.isSecurity()).map(Enum::name).collect(Collectors.toSet());
		now.stream().filter((r) -> !wanted.contains(r.getKind())).forEach(this.required::delete);
		Set<String> kept = now.stream().map(RequiredNotice::getKind).collect(Collectors.toSet());
		wanted.stream()
			.filter((k) -> !kept.contains(k))
			.forEach((k) -> this.required.save(new RequiredNotice(organisationId, NoticeKind.valueOf(k))));
	}

}
