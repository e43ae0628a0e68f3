package org.pecgov.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A page shown again with problems starts its title with "Error: " (NHS pattern), so that someone using a
 * screen reader hears at once that the form was refused. Every page's title starts with
 * {@code ${errorPrefix}}: empty, unless the page's model holds a form with errors or a problem of the page
 * (a model attribute whose name ends in "Error").
 */
@Configuration(proxyBeanMethods = false)
class ErrorTitles implements WebMvcConfigurer, HandlerInterceptor {

	static final String ATTRIBUTE = "errorPrefix";

	private final MessageSource messages;

	ErrorTitles(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page != null && page.hasView() && !page.getViewName().startsWith("redirect:")) {
			page.addObject(ATTRIBUTE, hasProblems(page.getModel())
					? this.messages.getMessage("error.titlePrefix", null, LocaleContextHolder.getLocale()) : "");
		}
	}

	static boolean hasProblems(Map<String, Object> model) {
		return model.entrySet()
			.stream()
			.anyMatch((e) -> (e.getValue() instanceof BindingResult result && result.hasErrors())
					|| (e.getKey().endsWith("Error") && e.getValue() != null && !"".equals(e.getValue()))
					|| ("problems".equals(e.getKey()) && e.getValue() instanceof java.util.Map<?, ?> map && !map.isEmpty())
					|| ("problems".equals(e.getKey()) && e.getValue() instanceof java.util.Collection<?> list
							&& !list.isEmpty()));
	}

}
