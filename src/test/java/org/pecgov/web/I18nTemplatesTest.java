package org.pecgov.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string lives in messages.properties: templates hold no literal text, and every
 * message key they name exists.
 */
class I18nTemplatesTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Text between tags that has a letter in it. */
	private static final Pattern TEXT = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");

	/** Attributes a person reads or hears, written literally. */
	private static final Pattern ATTRIBUTE = Pattern
		.compile("\\s(aria-label|title|alt|placeholder|value)=\"([^\"]*\\p{L}[^\"]*)\"");

	/** Message keys named literally: #{key} and #{'prefix.' + ...} are checked by prefix. */
	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");

	/** A fragment call, whose quoted dotted arguments are message keys: textField('title', 'person.title.label'). */
	private static final Pattern FRAGMENT_CALL = Pattern.compile("th:replace=\"(~\\{fragments/[^\"]*)\"");

	private static final Pattern QUOTED_KEY = Pattern.compile("'([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)'");

	/** A value="" that is an enum constant, which nobody reads. */
	private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z_]*");

	/** Values of value="" that are data, not words. */
	private static final Set<String> DATA_VALUES = Set.of("true", "false");

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<svg.*?</svg>", "");
			Matcher text = TEXT.matcher(html);
			while (text.find()) {
				if (!text.group(1).isBlank()) {
					literals.add(template + ": " + text.group(1).strip());
				}
			}
			Matcher attribute = ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				if (!DATA_VALUES.contains(attribute.group(2)) && !CONSTANT.matcher(attribute.group(2)).matches()) {
					literals.add(template + ": " + attribute.group(1) + "=" + attribute.group(2));
				}
			}
		}
		assertThat(literals).isEmpty();
	}

	@Test
	void everyMessageKeyInTheTemplatesExists() throws IOException {
		Properties messages = new Properties();
		try (var in = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"))) {
			messages.load(in);
		}
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			String html = Files.readString(template);
			Matcher key = KEY.matcher(html);
			while (key.find()) {
				if (!messages.containsKey(key.group(1))) {
					missing.add(template.getFileName() + ": " + key.group(1));
				}
			}
			Matcher call = FRAGMENT_CALL.matcher(html);
			while (call.find()) {
				Matcher argument = QUOTED_KEY.matcher(call.group(1));
				while (argument.find()) {
					if (!messages.containsKey(argument.group(1))) {
						missing.add(template.getFileName() + ": " + argument.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((p) -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

}
