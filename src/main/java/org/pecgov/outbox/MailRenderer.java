package org.pecgov.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pecgov.config.PecgovProperties;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes an email's plain text and HTML parts from Thymeleaf templates ({@code templates/mail/*.txt} and
 * {@code *.html}): the message's paragraphs, the link to the page where it is acted on, and the link to the
 * person's email preferences. Its own template engine, so that the pages' engine is left as Spring Boot makes it.
 */
@Component
class MailRenderer {

	private static final Pattern TRAILING_LINK = Pattern.compile("(?s)^(.*?)(https?://\\S+)\\s*$");

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final PecgovProperties properties;

	MailRenderer(MessageSource messages, PecgovProperties properties) {
		this.properties = properties;
		this.engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 1));
		this.engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 2));
		this.engine.setTemplateEngineMessageSource(messages);
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		resolver.setOrder(order);
		resolver.setCacheable(true);
		return resolver;
	}

	/**
	 * One message as an email.
	 * @param message the outbox message, whose body is its text in paragraphs
	 * @return the two parts
	 */
	Parts message(OutboxMessage message) {
		return render("message", Map.of("subject", message.subject(), "paragraphs", paragraphs(message.body())));
	}

	/**
	 * A weekly digest of several messages to one person.
	 * @param name whom it is for (their address, when no name is known)
	 * @param messages the messages, oldest first
	 * @return the two parts
	 */
	Parts digest(String name, List<OutboxMessage> messages) {
		List<DigestItem> items = messages.stream()
			.map((m) -> new DigestItem(m.subject(), m.createdAt(), link(m.body())))
			.toList();
		// the greeting of the messages themselves ("Dear Kate Lindley,"), which name the person
		String greeting = paragraphs(messages.get(0).body()).stream()
			.map(Paragraph::text)
			.filter((t) -> t.endsWith(",") && !t.contains("\n"))
			.findFirst()
			.orElse(null);
		Map<String, Object> variables = new java.util.HashMap<>(Map.of("name", name, "items", items));
		variables.put("greeting", greeting);
		return render("digest", variables);
	}

	private Parts render(String template, Map<String, Object> variables) {
		Context context = new Context(Locale.UK);
		context.setVariables(variables);
		context.setVariable("preferences", base() + "/account/notifications");
		context.setVariable("dates", new org.pecgov.web.Dates());
		return new Parts(this.engine.process(template + ".txt", context).strip() + "\n",
				this.engine.process(template + ".html", context));
	}

	private String base() {
		return this.properties.getBaseUrl().replaceAll("/+$", "");
	}

	/** The paragraphs of a text, each with the link it ends with, if any. */
	static List<Paragraph> paragraphs(String body) {
		List<Paragraph> paragraphs = new ArrayList<>();
		for (String part : (body != null ? body : "").split("\\n\\s*\\n")) {
			String text = part.strip();
			if (text.isEmpty()) {
				continue;
			}
			Matcher link = TRAILING_LINK.matcher(text);
			paragraphs.add(link.matches() ? new Paragraph(link.group(1).strip(), link.group(2))
					: new Paragraph(text, null));
		}
		return paragraphs;
	}

	/** The last link of a message's text: the page where it is acted on (written after what the message says). */
	static String link(String body) {
		return paragraphs(body).stream().map(Paragraph::link).filter((l) -> l != null).reduce((a, b) -> b).orElse(null);
	}

	/**
	 * A paragraph, and the link it ends with.
	 * @param text the words
	 * @param link the address, or null
	 */
	record Paragraph(String text, String link) {
	}

	/**
	 * A message listed in a digest.
	 * @param subject what it is about
	 * @param createdAt when it was written
	 * @param link where to act on it
	 */
	record DigestItem(String subject, java.time.Instant createdAt, String link) {
	}

	/**
	 * An email's two parts.
	 * @param text the plain text
	 * @param html the HTML
	 */
	record Parts(String text, String html) {
	}

}
