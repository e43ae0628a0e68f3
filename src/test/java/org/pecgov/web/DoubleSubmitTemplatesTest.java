package org.pecgov.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every button that sends a form ignores a second click (the NHS button's double-click prevention), so that a
 * double click saves once.
 */
class DoubleSubmitTemplatesTest {

	private static final Pattern SUBMIT = Pattern.compile("<button(?![^>]*type=\"button\")[^>]*>", Pattern.DOTALL);

	@Test
	void everySubmitButtonPreventsADoubleClick() throws IOException {
		List<String> unguarded = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : files.filter((p) -> p.toString().endsWith(".html")).toList()) {
				Matcher button = SUBMIT.matcher(Files.readString(template));
				while (button.find()) {
					if (!button.group().contains("data-module=\"nhsuk-button\"")
							|| !button.group().contains("data-prevent-double-click=\"true\"")) {
						unguarded.add(template.getFileName() + ": " + button.group());
					}
				}
			}
		}
		assertThat(unguarded).isEmpty();
	}

}
