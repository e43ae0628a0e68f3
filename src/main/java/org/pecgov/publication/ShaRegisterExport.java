package org.pecgov.publication;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVPrinter;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.Role;

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

	ShaRegisterExport(DataSource dataSource, MessageSource messages) {
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
		try (CSVPrinter csv = Csv.start(response, "register-of-interests-" + LocalDate.now() + ".csv", text("sha.csv.pct"),
				text("public.csv.holder"), text("declarations.type"), text("public.csv.relationship"),
				text("declarations.category"), text("declarations.details"), text("declarations.organisations"),
				text("public.csv.from"), text("public.csv.to"), text("public.register.actions"),
				text("declarations.publish"), text("sha.csv.declaredOn"))) {
			this.jdbc.query("""
					select o.code, p.title, p.given_name, p.family_name, d.kind, d.relationship, d.category,
					       d.description, d.from_date, d.to_date, d.actions, d.publish_consent, d.declared_on,
					       (select string_agg(x.name, '; ' order by x.name) from declaration_organisation l
					          join directory_organisation x on x.id = l.directory_id where l.declaration_id = d.id) as concerns
					from declaration d
					join organisation o on o.id = d.organisation_id
					join person p on p.id = d.person_id
					where o.sha_id = :sha
					order by o.code, lower(p.family_name), lower(p.given_name), d.person_id, d.from_date desc, d.id
					""", new MapSqlParameterSource("sha", sha), (rs) -> {
				String title = rs.getString("title");
				LocalDate to = rs.getObject("to_date", LocalDate.class);
				Csv.row(csv, rs.getString("code"),
						((title != null && !title.isBlank()) ? title.strip() + " " : "") + rs.getString("given_name") + " "
								+ rs.getString("family_name"),
						text("InterestKind." + rs.getString("kind")), rs.getString("relationship"),
						text("InterestCategory." + rs.getString("category")), rs.getString("description"),
						rs.getString("concerns"), ISO.format(rs.getObject("from_date", LocalDate.class)),
						(to != null) ? ISO.format(to) : null, rs.getString("actions"),
						rs.getBoolean("publish_consent") ? text("common.yes") : text("common.no"),
						ISO.format(rs.getObject("declared_on", LocalDate.class)));
			});
		}
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, Locale.UK);
	}

}
