package org.pecgov.browser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pecgov.support.PecgovDatabase;
import org.pecgov.support.TestUsers;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18 §5: every main page of every role, at 1280 and at 390 pixels wide, is no wider than the window, labels
 * every field and passes axe. The pages are found as a user finds them: each section of the header, each link of its
 * own navigation, and from each list the first record of each kind it links to (a member, a meeting and its agenda,
 * attendance and minutes, a vacancy, an appraisal...). All the problems of all the pages are reported at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
class EveryPageBrowserTest {

	/** The most pages visited for one role: every section's links and a record of each kind fit well within it. */
	private static final int MOST_PAGES = 45;

	/** Links that do not lead to a page: downloads, feeds, signing out. */
	private static final Pattern NOT_A_PAGE = Pattern
		.compile(".*(\\.csv|\\.pdf|\\.ics|/papers/\\d+|/logout|format=|/download|/export).*");

	/** A record's own page: a list's link to one of its rows, or a record's page to one of its parts. */
	private static final Pattern RECORD = Pattern.compile("(/[a-z-]+)+/(\\d+|[A-Z]{3})(/[a-z-]+)?");

	@LocalServerPort
	private int port;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "admin@southvale.example", "chair@southvale.example", "secretary@southvale.example",
			"member@southvale.example", "sha@northmidlands.example", "operator@pecgov.example" })
	void everyMainPageFitsLabelsItsFieldsAndPassesAxe(String email) {
		List<String> problems = new ArrayList<>();
		Set<String> visited = new LinkedHashSet<>();
		Set<String> kinds = new LinkedHashSet<>();
		try (Browser browser = new Browser(this.port)) {
			browser.logIn(email, TestUsers.PASSWORD);
			Deque<String> queue = new ArrayDeque<>();
			queue.add("/");
			queue.addAll(browser.links("nav.nhsuk-header__navigation a, .nhsuk-header__account a"));
			while (!queue.isEmpty() && visited.size() < MOST_PAGES) {
				String page = queue.poll();
				if (!visited.add(page) || NOT_A_PAGE.matcher(page).matches()) {
					continue;
				}
				browser.width(1280);
				browser.open(page);
				check(browser, page, "1280", problems);
				browser.width(390);
				check(browser, page, "390", problems);
				String accessibility = browser.accessibilityProblems();
				if (!accessibility.isEmpty()) {
					problems.add(page + " axe: " + accessibility);
				}
				queue.addAll(browser.links(".pecgov-subnav a"));
				for (String link : browser.links("main a")) {
					String path = link.replaceFirst("[?#].*", "");
					String kind = path.replaceAll("\\d+", "{id}");
					if (RECORD.matcher(path).matches() && !NOT_A_PAGE.matcher(link).matches() && kinds.add(kind)) {
						queue.add(path);
					}
				}
			}
		}
		assertThat(visited).as("pages visited as %s", email).hasSizeGreaterThan(email.startsWith("operator") ? 1 : 4);
		assertThat(problems).as("pages of %s", email).isEmpty();
	}

	private static void check(Browser browser, String page, String width, List<String> problems) {
		if (browser.path().startsWith("/login")) {
			problems.add(page + " sent " + width + " to the login page");
			return;
		}
		long overflow = browser.overflow();
		if (overflow > 0) {
			problems.add(page + " at " + width + " px is wider than the window by " + overflow + ": "
					+ browser.pastTheEdge());
		}
		List<String> unlabelled = browser.unlabelledFields();
		if (!unlabelled.isEmpty()) {
			problems.add(page + " has fields without a label: " + unlabelled);
		}
	}

}
