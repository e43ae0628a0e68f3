package org.pecgov.flow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pecgov.support.BrowserlessSession;
import org.pecgov.support.BrowserlessSession.Page;
import org.pecgov.support.DemoIds;
import org.pecgov.support.PecgovDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full appointment over real HTTP: vacancy, candidates, panel, scores, decision; the composition
 * shows the new holder; the other PCT cannot reach any of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
class AppointmentFlowTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void anAdministratorFillsAPostByInterview() {
		DemoIds ids = new DemoIds(this.jdbc);
		long southvale = ids.organisation("SVL");
		long post = this.jdbc.queryForObject(
				"select id from post where organisation_id = ? and title = 'Clinical member (urgent care)'", Long.class,
				southvale);
		long pec = this.jdbc.queryForObject("select committee_id from post where id = ?", Long.class, post);
		BrowserlessSession admin = BrowserlessSession.loggedIn(this.port, "admin@southvale.example");

		admin.get("/vacancies/new?post=" + post);
		Page opened = admin.post("/vacancies", Map.of("postId", Long.toString(post), "notes", "Flow test"));
		assertThat(opened.status()).isEqualTo(302);
		String vacancyPath = path(opened);
		long vacancy = Long.parseLong(vacancyPath.substring("/vacancies/".length()));

		admin.get(vacancyPath);
		admin.post(vacancyPath + "/candidates", Map.of("personId",
				Long.toString(ids.person("samuel.okafor@southvale.example")), "nominations", "Two matrons"));
		admin.get(vacancyPath);
		admin.post(vacancyPath + "/candidates", Map.of("personId", Long.toString(ids.person("joan.taylor@southvale.example"))));
		for (String panellist : List.of("richard.lowe", "anthony.booth", "ahmed.karim")) {
			admin.get(vacancyPath);
			assertThat(admin.post(vacancyPath + "/panel",
					Map.of("personId", Long.toString(ids.person(panellist + "@southvale.example")), "panelRole", "Panel"))
				.status()).isEqualTo(302);
		}
		List<Long> candidates = this.jdbc.queryForList("select id from candidate where vacancy_id = ? order by id",
				Long.class, vacancy);
		List<Long> panel = this.jdbc.queryForList("select id from panel_member where vacancy_id = ? order by id",
				Long.class, vacancy);
		List<Long> required = this.jdbc.queryForList(
				"select r.competency_id from post_requirement r join vacancy v on v.specification_id = r.specification_id where v.id = ?",
				Long.class, vacancy);
		for (long candidate : candidates) {
			for (long panellist : panel) {
				String scores = vacancyPath + "/candidates/" + candidate + "/scores?panellist=" + panellist;
				admin.get(scores);
				Map<String, String> form = new HashMap<>();
				required.forEach((c) -> form.put("scores[" + c + "]", candidate == candidates.get(0) ? "4" : "2"));
				assertThat(admin.post(scores, form).status()).isEqualTo(302);
			}
		}
		admin.get(vacancyPath);
		Page decided = admin.post(vacancyPath + "/decision", Map.of("version", version(vacancy), "candidateId",
				Long.toString(candidates.get(0)), "reasons", "Best evidence", "termStart", "2026-11-01", "termEnd",
				"2029-10-31"));
		assertThat(decided.status()).isEqualTo(302);
		assertThat(path(decided)).startsWith("/appointments/");

		assertThat(admin.get("/committees/" + pec + "/composition").body()).contains("Samuel Okafor");
		assertThat(this.jdbc.queryForObject("select count(*) from score s join candidate c on c.id = s.candidate_id where c.vacancy_id = ?",
				Integer.class, vacancy))
			.isEqualTo(2 * 3 * required.size());

		BrowserlessSession other = BrowserlessSession.loggedIn(this.port, "admin@northshire.example");
		assertThat(other.get(vacancyPath).status()).isEqualTo(404);
		assertThat(other.get(path(decided)).status()).isEqualTo(404);
		assertThat(other.get("/committees/" + pec + "/composition").status()).isEqualTo(404);
		other.get("/vacancies");
		assertThat(other.post("/vacancies", Map.of("postId", Long.toString(post))).status()).isEqualTo(404);
	}

	private String version(long vacancy) {
		return Long.toString(this.jdbc.queryForObject("select version from vacancy where id = ?", Long.class, vacancy));
	}

	private static String path(Page page) {
		return page.location().replaceFirst("^https?://[^/]+", "");
	}

}
