package org.pecgov.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * A request Tomcat refuses before the service sees it (a NUL or a malformed escape in the address, a header
 * or query string over the limit) gets the service's own page, not Tomcat's: its error report valve is given
 * a page rendered once at start-up from {@code templates/error/standalone.html}.
 */
@Component
class TomcatErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		Path page = render();
		factory.addContextCustomizers((context) -> {
			for (Valve valve : context.getParent().getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve report) {
					report.setProperty("errorCode.0", page.toString());
				}
			}
		});
	}

	/**
	 * The variables of {@code error/standalone.html} for an error's messages.
	 * @param error the messages' prefix, such as {@code error.503}
	 * @return the page's context
	 */
	static Context page(String error) {
		Context context = new Context(Locale.UK);
		context.setVariable("titleKey", error + ".title");
		context.setVariable("textKey", error + ".text");
		return context;
	}

	static Path render() {
		ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
		templates.setPrefix("templates/");
		templates.setSuffix(".html");
		templates.setCharacterEncoding(StandardCharsets.UTF_8.name());
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(templates);
		engine.setTemplateEngineMessageSource(messages);
		try {
			Path page = Files.createTempFile("pecgov-error-", ".html");
			page.toFile().deleteOnExit();
			Files.writeString(page, engine.process("error/standalone", page("error.400")));
			return page;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the page for requests Tomcat refuses", ex);
		}
	}

}
