package org.pecgov.publication;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVPrinter;
import org.pecgov.organisation.Organisation;
import org.pecgov.organisation.OrganisationService;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.Role;
import org.pecgov.web.Csv;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * An SHA viewer's download of the staff register of interests across every PCT of their SHA, streamed from a
 * database cursor into the response, so memory stays constant however many declarations there are.
 */
@Controller
class ShaRegisterExport {

	private static final int FETCH_SIZE = 2000;

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

	private final NamedParameterJdbcTemplate jdbc;

	private final MessageSource messages;

	private final OrganisationService organisations;

	private final Clock clock;

	ShaRegisterExport(DataSource dataSource, MessageSource messages, OrganisationService organisations, Clock clock) {
		this.organisations = organisations;
		this.clock = clock;
		org.springframework.jdbc.core.JdbcTemplate cursor = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
		cursor.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(cursor);
		this.messages = messages;
	}

	@GetMapping("/sha/interests.csv")
	@Transactional(readOnly = true)
	public void download(HttpServletResponse response) throws IOException {
		if (CurrentUser.get().getRole() != Role.SHA_VIEWER) {
			throw new AccessDeniedException("SHA viewers only");
		}
		Long sha = CurrentUser.get().getOrganisationId();
		try (CSVPrinter csv = Csv.start(response, "register-of-interests-" + LocalDate.now(this.clock) + ".csv", text("sha.csv.pct"),
				text("public.csv.holder"), text("declarations.type"), text("public.csv.relationship"),
				text("declarations.category"), text("declarations.details"), text("declarations.organisations"),
				text("public.csv.from"), text("public.csv.to"), text("public.register.actions"),
				text("declarations.publish"), text("sha.csv.declaredOn"))) {
			// The interest module's and the member module's views (V16), a PCT at a time in order of code.
			List<Organisation> pcts = this.organisations.pctsOf(sha)
				.stream()
				.sorted(Comparator.comparing(Organisation::getCode))
				.toList();
			for (Organisation pct : pcts) {
				this.jdbc.query("""
						select p.title, p.given_name, p.family_name, e.kind, e.relationship, e.category, e.description,
						       e.from_date, e.to_date, e.actions, e.publish_consent, e.declared_on, e.concerns
						from register_entry e join person_name p on p.person_id = e.person_id
						where e.organisation_id = :pct
						order by lower(p.family_name), lower(p.given_name), e.person_id, e.from_date desc, e.declaration_id
						""", new MapSqlParameterSource("pct", pct.getId()), (rs) -> {
					String title = rs.getString("title");
					LocalDate to = rs.getObject("to_date", LocalDate.class);
					Csv.row(csv, pct.getCode(),
							((title != null && !title.isBlank()) ? title.strip() + " " : "") + rs.getString("given_name")
									+ " " + rs.getString("family_name"),
							text("InterestKind." + rs.getString("kind")), rs.getString("relationship"),
							text("InterestCategory." + rs.getString("category")), rs.getString("description"),
							rs.getString("concerns"), ISO.format(rs.getObject("from_date", LocalDate.class)),
							(to != null) ? ISO.format(to) : null, rs.getString("actions"),
							rs.getBoolean("publish_consent") ? text("common.yes") : text("common.no"),
							ISO.format(rs.getObject("declared_on", LocalDate.class)));
				});
			}
		}
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, Locale.UK);
	}

}
