package org.pecgov.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.slf4j.MDC;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Gives a request its id before Tomcat's pipeline runs, so that Tomcat's own log lines (an exception that left
 * the filters, a request refused before the service saw it) carry it as the service's do. {@link RequestIdFilter}
 * keeps the id it finds, and gives one where there is no Tomcat (tests through MockMvc).
 */
@Component
class RequestIdValve extends ValveBase implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	RequestIdValve() {
		super(true);
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addEngineValves(this);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		String id = RequestIdFilter.idFor(request.getHeader(RequestIdFilter.HEADER));
		MDC.put(RequestIdFilter.MDC_KEY, id);
		response.setHeader(RequestIdFilter.HEADER, id);
		try {
			getNext().invoke(request, response);
		}
		finally {
			MDC.remove(RequestIdFilter.MDC_KEY);
		}
	}

}
