package org.strategybot.reports.web;

import java.io.IOException;

import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.strategybot.reports.ReportHtml;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The dashboard's static shell at {@code /dashboard/}: it holds no data (everything comes from the REST API
 * with the viewer's credential), so it is served openly, with a strict Content-Security-Policy. Scripts come
 * from this origin, plus Microsoft's CDN for the Teams JS SDK when the page runs as a tab; Teams' own pages
 * are the only others allowed to frame it. The report's preview is a blob document, which inherits this policy,
 * so the report's own style sheet is allowed by its hash.
 */
@Configuration
class DashboardPages implements WebMvcConfigurer {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self' https://res.cdn.office.net; "
            + "style-src 'self' " + ReportHtml.STYLE_SOURCE + "; img-src 'self' data:; connect-src 'self'; frame-src blob:; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com "
            + "https://*.office.com https://*.cloud.microsoft https://*.microsoft365.com";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/dashboard", "/dashboard/");
        registry.addViewController("/dashboard/").setViewName("forward:/dashboard/index.html");
    }

    @Component
    static class Headers extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !request.getRequestURI().substring(request.getContextPath().length()).startsWith("/dashboard");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "no-referrer");
            // a new deployment's shell is picked up at once; the files are small
            response.setHeader("Cache-Control", "no-cache");
            chain.doFilter(request, response);
        }
    }
}
