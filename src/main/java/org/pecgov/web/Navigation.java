package org.pecgov.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;

/**
 * The service's navigation (issue 18 §1): at most seven sections in the header, each with its own links below it,
 * showing only what the signed-in user's role may open, and which section and link the page belongs to. Every page
 * has it as {@code ${navigation}}.
 */
public final class Navigation {

	/** The roles of a PCT's staff and members. */
	private static final String PCT_STAFF = "ADMIN,CHAIR,SECRETARY";

	private static final List<SectionDef> SECTIONS = List.of(
			section("nav.home", link("nav.home", "/", "ADMIN,CHAIR,SECRETARY,MEMBER")),
			section("nav.section.people", link("nav.members", "/members", PCT_STAFF, "/members"),
					link("nav.myDetails", "/members/{me}", "MEMBER", "/members"),
					link("nav.terms", "/terms", PCT_STAFF + ",MEMBER,SHA_VIEWER", "/terms", "/appointments"),
					link("nav.vacancies", "/vacancies", PCT_STAFF + ",SHA_VIEWER", "/vacancies"),
					link("nav.skills", "/skills", PCT_STAFF + ",SHA_VIEWER", "/skills"),
					link("nav.competencies", "/competencies", PCT_STAFF + ",SHA_VIEWER", "/competencies")),
			section("nav.section.committees",
					link("nav.committees", "/committees", PCT_STAFF + ",SHA_VIEWER", "/committees", "/posts"),
					link("nav.indicators", "/indicators", PCT_STAFF + ",SHA_VIEWER", "/indicators")),
			section("nav.section.interests", link("nav.register", "/interests", PCT_STAFF + ",SHA_VIEWER", "/interests"),
					link("nav.review", "/interests/review", "ADMIN,SECRETARY", "/interests/review"),
					link("nav.breaches", "/interests/breaches", PCT_STAFF + ",SHA_VIEWER", "/interests/breaches"),
					link("nav.gifts", "/gifts", PCT_STAFF + ",SHA_VIEWER", "/gifts"),
					link("nav.declarations", "/declarations/mine", "CHAIR,MEMBER", "/declarations"),
					link("nav.giftNew", "/gifts/new", "MEMBER", "/gifts/new")),
			section("nav.section.meetings", link("nav.meetings", "/meetings", PCT_STAFF + ",MEMBER,SHA_VIEWER", "/meetings"),
					link("nav.actions", "/actions", PCT_STAFF + ",MEMBER,SHA_VIEWER", "/actions"),
					link("nav.recommendations", "/recommendations", PCT_STAFF + ",SHA_VIEWER", "/recommendations"),
					link("nav.calendar", "/account/calendar", PCT_STAFF + ",MEMBER", "/account/calendar")),
			section("nav.section.appraisal", link("nav.appraisals", "/appraisals", "ADMIN,CHAIR,MEMBER", "/appraisals"),
					link("nav.reviews", "/reviews", "ADMIN,CHAIR,MEMBER", "/reviews"),
					link("nav.training", "/training", PCT_STAFF + ",MEMBER", "/training"),
					link("nav.remuneration", "/remuneration", "ADMIN,CHAIR", "/remuneration")),
			section("nav.section.admin", link("nav.users", "/admin/users", "ADMIN", "/admin/users"),
					link("nav.settings", "/admin/settings", "ADMIN", "/admin/settings"),
					link("nav.notices", "/admin/notices", "ADMIN", "/admin/notices"),
					link("nav.outbox", "/admin/outbox", "ADMIN", "/admin/outbox"),
					link("nav.audit", "/admin/audit", "ADMIN", "/admin/audit")),
			section("nav.sha", link("nav.sha", "/sha", "SHA_VIEWER", "/sha").outsidePct()),
			section("nav.operator", link("nav.operator", "/operator", "OPERATOR", "/operator").outsidePct()));

	private final Set<String> roles;

	private final Long personId;

	private final String path;

	/**
	 * @param roles the user's roles, without ROLE_
	 * @param personId the person a member is, or null
	 * @param path the page's path (an SHA viewer's /sha/{pctCode} prefix is dropped)
	 */
	Navigation(Set<String> roles, Long personId, String path) {
		this.roles = roles;
		this.personId = personId;
		this.path = path.matches("/sha/[A-Za-z0-9]{1,10}/.+") ? path.replaceFirst("/sha/[A-Za-z0-9]{1,10}", "") : path;
	}

	/**
	 * The navigation of the signed-in user (none for anyone else).
	 * @param path the page's path
	 * @return the navigation
	 */
	static Navigation of(String path) {
		PecgovPrincipal user = CurrentUser.find().orElse(null);
		if (user == null) {
			return new Navigation(Set.of(), null, path);
		}
		return new Navigation(Set.of(user.getRole().name()), user.getPersonId(), path);
	}

	/**
	 * The sections the user may open, with the links of each.
	 * @param inPct for an SHA viewer, whether they are reading one of their PCTs (its sections show)
	 * @return the sections, the page's marked active
	 */
	public List<Section> sections(boolean inPct) {
		List<Section> sections = new ArrayList<>();
		String current = currentHref(inPct);
		for (SectionDef def : SECTIONS) {
			List<Link> links = def.links()
				.stream()
				.filter((link) -> visible(link, inPct))
				.map((link) -> new Link(link.key(), href(link), href(link).equals(current)))
				.toList();
			if (!links.isEmpty()) {
				boolean active = links.stream().anyMatch(Link::current);
				String key = (links.size() == 1) ? links.get(0).key() : def.key();
				sections.add(new Section(key, links.get(0).href(), active, links));
			}
		}
		return sections;
	}

	/**
	 * The section the page belongs to, for the links below the header.
	 * @param inPct as for {@link #sections(boolean)}
	 * @return the section, or null when the page is in none or its section has one link
	 */
	public Section active(boolean inPct) {
		return sections(inPct).stream().filter(Section::active).filter((s) -> s.links().size() > 1).findFirst().orElse(null);
	}

	/** The link the page belongs to: the one whose address starts the path the furthest. */
	private String currentHref(boolean inPct) {
		String best = null;
		int length = -1;
		for (SectionDef def : SECTIONS) {
			for (LinkDef link : def.links()) {
				if (!visible(link, inPct)) {
					continue;
				}
				for (String prefix : link.prefixes()) {
					boolean matches = prefix.equals("/") ? this.path.equals("/")
							: this.path.equals(prefix) || this.path.startsWith(prefix + "/");
					if (matches && prefix.length() > length) {
						best = href(link);
						length = prefix.length();
					}
				}
			}
		}
		return best;
	}

	private boolean visible(LinkDef link, boolean inPct) {
		if (link.roles().stream().noneMatch(this.roles::contains)) {
			return false;
		}
		if (link.href().contains("{me}") && this.personId == null) {
			return false;
		}
		// an SHA viewer sees a PCT's sections only while reading one of their PCTs
		return !this.roles.contains("SHA_VIEWER") || link.outside() || inPct;
	}

	private String href(LinkDef link) {
		return link.href().replace("{me}", String.valueOf(this.personId));
	}

	private static SectionDef section(String key, LinkDef... links) {
		return new SectionDef(key, List.of(links));
	}

	private static LinkDef link(String key, String href, String roles, String... prefixes) {
		Set<String> set = Arrays.stream(roles.split(",")).map(String::strip).collect(Collectors.toSet());
		return new LinkDef(key, href, set, (prefixes.length == 0) ? List.of(href) : List.of(prefixes), false);
	}

	/** A section of the header: its words, where it leads, whether the page is in it, and its links. */
	public record Section(String key, String href, boolean active, List<Link> links) {
	}

	/** A link of a section: its words, where it leads, and whether the page is its. */
	public record Link(String key, String href, boolean current) {
	}

	private record SectionDef(String key, List<LinkDef> links) {
	}

	private record LinkDef(String key, String href, Set<String> roles, List<String> prefixes, boolean outside) {

		LinkDef outsidePct() {
			return new LinkDef(this.key, this.href, this.roles, this.prefixes, true);
		}

	}

}
