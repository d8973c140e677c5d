package id.jejaring.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Forms are records. When a posted value cannot be converted for the record's constructor
 * (a hidden version removed, a select value made up), Spring cannot build the form and
 * the page could not be shown again; such a request gets the "bad request" page instead
 * of a server error. Values users type are text in the form records, so this never meets
 * ordinary typing mistakes, which are shown beside their field.
 */
@Configuration(proxyBeanMethods = false)
class UnreadableFormInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || modelAndView.getViewName() == null
				|| modelAndView.getViewName().startsWith("redirect:")) {
			return;
		}
		for (Object value : modelAndView.getModel().values()) {
			if (value instanceof BindingResult result && result.getTarget() == null) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Form could not be read");
			}
		}
	}

}
