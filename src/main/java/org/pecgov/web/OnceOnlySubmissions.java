package org.pecgov.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * A form is acted on once, however often it is sent. Every form the service renders (with {@code th:action},
 * method POST) carries a random token beside its CSRF token; the first POST of a token claims it in PostgreSQL
 * (so across instances), and a second one changes nothing: it is sent where the first was (the record it made),
 * or back to the page it came from, saying the form was already sent. A form shown again with its problems, or
 * refused, gives its token back, so that it can be corrected and sent again. Tokens are kept for a day.
 */
@Component
public class OnceOnlySubmissions implements HandlerInterceptor, WebMvcConfigurer {

	/** The hidden field that carries a form's token. */
	public static final String FIELD = "_submission";

	private static final String CLAIMED = OnceOnlySubmissions.class.getName() + ".claimed";

	private final ObjectProvider<JdbcClient> database;

	/**
	 * @param database where tokens are claimed (absent in web slice tests, where forms are then not guarded)
	 */
	public OnceOnlySubmissions(ObjectProvider<JdbcClient> database) {
		this.database = database;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		String token = request.getParameter(FIELD);
		JdbcClient jdbc = this.database.getIfAvailable();
		if (jdbc == null || !HttpMethod.POST.matches(request.getMethod()) || token == null || token.isBlank()
				|| token.length() > 64) {
			return true;
		}
		int claimed = jdbc.sql("insert into form_submission (token) values (?) on conflict do nothing")
			.param(token)
			.update();
		if (claimed == 1) {
			request.setAttribute(CLAIMED, token);
			return true;
		}
		Optional<String> first = jdbc.sql("select location from form_submission where token = ?")
			.param(token)
			.query(String.class)
			.optional();
		if (first.isPresent()) {
			response.sendRedirect(first.get());
			return false;
		}
		String back = ErrorHandling.backTo(request).orElse("/");
		RequestContextUtils.getOutputFlashMap(request).put(Flash.KEY, "form.alreadySent");
		RequestContextUtils.getOutputFlashMap(request).put(Flash.ARGS, new String[0]);
		RequestContextUtils.saveOutputFlashMap(back, request, response);
		response.sendRedirect(back);
		return false;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		Object token = request.getAttribute(CLAIMED);
		JdbcClient jdbc = this.database.getIfAvailable();
		if (token == null || jdbc == null) {
			return;
		}
		int status = response.getStatus();
		String location = response.getHeader("Location");
		if (ex == null && status >= 300 && status < 400 && location != null && location.startsWith("/")) {
			jdbc.sql("update form_submission set location = ? where token = ?").params(location, token).update();
		}
		else if (ex != null || status < 300 || status >= 400) {
			// shown again with its problems, or refused: the same form may be sent again
			jdbc.sql("delete from form_submission where token = ?").param(token).update();
		}
	}

	/** Forgets tokens of the day before. */
	@Scheduled(cron = "${pecgov.submissions.cron:0 15 * * * *}")
	@SchedulerLock(name = "form-submissions", lockAtMostFor = "PT5M")
	public void forgetOld() {
		this.database.getObject().sql("delete from form_submission where created_at < now() - interval '1 day'").update();
	}

	/**
	 * Adds a fresh token to every POST form rendered, beside what Spring Security adds (its CSRF token).
	 */
	@Component
	static class Tokens implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String name) {
			if (bean instanceof RequestDataValueProcessor processor && "requestDataValueProcessor".equals(name)) {
				return new WithToken(processor);
			}
			return bean;
		}

	}

	/** A form's hidden fields with its token. */
	record WithToken(RequestDataValueProcessor delegate) implements RequestDataValueProcessor {

		@Override
		public String processAction(HttpServletRequest request, String action, String httpMethod) {
			return this.delegate.processAction(request, action, httpMethod);
		}

		@Override
		public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
			return this.delegate.processFormFieldValue(request, name, value, type);
		}

		@Override
		public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
			Map<String, String> fields = new LinkedHashMap<>();
			Map<String, String> delegated = this.delegate.getExtraHiddenFields(request);
			if (delegated != null) {
				fields.putAll(delegated);
			}
			fields.put(FIELD, UUID.randomUUID().toString());
			return fields;
		}

		@Override
		public String processUrl(HttpServletRequest request, String url) {
			return this.delegate.processUrl(request, url);
		}

	}

}
