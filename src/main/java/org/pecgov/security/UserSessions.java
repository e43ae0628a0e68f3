package org.pecgov.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of a user (kept in PostgreSQL by Spring Session, so every instance sees them): listed
 * on My account, ended one by one or all but the current one. A session is named to the browser by a hash of
 * its id, never by the id itself (which is the cookie that signs it in).
 */
@Component
public class UserSessions {

	/** When, from where and with what browser a session signed in: written at sign-in. */
	static final String SIGNED_IN_AT = "pecgov.signedInAt";

	static final String BROWSER = "pecgov.browser";

	static final String ADDRESS = "pecgov.address";

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;

	UserSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
		this.repository = repository;
	}

	/**
	 * Notes on the session where and with what the user signed in.
	 * @param request the sign-in request
	 * @param now when
	 */
	static void signedIn(HttpServletRequest request, Instant now) {
		HttpSession session = request.getSession();
		String agent = request.getHeader("User-Agent");
		session.setAttribute(SIGNED_IN_AT, now);
		session.setAttribute(BROWSER, (agent == null) ? "" : agent.substring(0, Math.min(agent.length(), 200)));
		session.setAttribute(ADDRESS, request.getRemoteAddr());
	}

	/**
	 * A user's sessions, the current one first, then the most recently used.
	 * @param email the user
	 * @param currentSessionId the session asking
	 * @return the sessions
	 */
	public List<Entry> of(String email, String currentSessionId) {
		FindByIndexNameSessionRepository<? extends Session> sessions = this.repository.getIfAvailable();
		if (sessions == null) {
			return List.of();
		}
		return sessions.findByPrincipalName(email)
			.values()
			.stream()
			.map((session) -> entry(session, currentSessionId))
			.sorted(Comparator.comparing(Entry::current).reversed().thenComparing(Entry::lastUsed, Comparator.reverseOrder()))
			.toList();
	}

	/**
	 * Ends one of a user's sessions.
	 * @param email the user
	 * @param handle the session's handle as listed
	 * @return true when a session of theirs was ended
	 */
	public boolean end(String email, String handle) {
		FindByIndexNameSessionRepository<? extends Session> sessions = this.repository.getIfAvailable();
		if (sessions == null || handle == null) {
			return false;
		}
		for (String id : sessions.findByPrincipalName(email).keySet()) {
			if (handle(id).equals(handle)) {
				sessions.deleteById(id);
				return true;
			}
		}
		return false;
	}

	/**
	 * Ends every session of a user but one.
	 * @param email the user
	 * @param keepSessionId the session to keep, or null for none
	 * @return how many were ended
	 */
	public int endAll(String email, String keepSessionId) {
		FindByIndexNameSessionRepository<? extends Session> sessions = this.repository.getIfAvailable();
		if (sessions == null) {
			return 0;
		}
		int ended = 0;
		for (String id : sessions.findByPrincipalName(email).keySet()) {
			if (!id.equals(keepSessionId)) {
				sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

	private static Entry entry(Session session, String currentSessionId) {
		Object at = session.getAttribute(SIGNED_IN_AT);
		Object browser = session.getAttribute(BROWSER);
		Object address = session.getAttribute(ADDRESS);
		return new Entry(handle(session.getId()), session.getId().equals(currentSessionId),
				(at instanceof Instant instant) ? instant : session.getCreationTime(), session.getLastAccessedTime(),
				browser(browser instanceof String text ? text : ""), (address instanceof String text) ? text : "");
	}

	/** A short name of the browser from its User-Agent, in plain words. */
	static String browser(String agent) {
		String browser = agent.contains("Edg/") ? "Edge" : agent.contains("Firefox/") ? "Firefox"
				: (agent.contains("Chrome/") || agent.contains("Chromium/")) ? "Chrome"
						: agent.contains("Safari/") ? "Safari" : "";
		String system = agent.contains("Windows") ? "Windows" : (agent.contains("iPhone") || agent.contains("iPad"))
				? "iOS" : agent.contains("Android") ? "Android" : agent.contains("Mac OS") ? "macOS"
						: agent.contains("Linux") ? "Linux" : "";
		return (browser + ((!browser.isEmpty() && !system.isEmpty()) ? ", " : "") + system).strip();
	}

	static String handle(String sessionId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A signed-in session.
	 * @param handle names it to the browser
	 * @param current whether it is the one asking
	 * @param signedIn when it signed in
	 * @param lastUsed when it was last used
	 * @param browser the browser and system, in words, or blank when not known
	 * @param address the network address it signed in from
	 */
	public record Entry(String handle, boolean current, Instant signedIn, Instant lastUsed, String browser,
			String address) {
	}

}
