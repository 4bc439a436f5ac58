package org.crdash.base.api;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own error page, for the errors it finds before the application sees the request (a NUL in the path, a
 * control character in a header, a malformed request line): problem JSON for {@code /api} paths, Tomcat's usual
 * page for the rest. Errors the application raises never get here; {@link ApiEdgeFilter} answers those.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        String uri = request.getRequestURI();
        if (status < 400 || response.getContentWritten() > 0 || !ApiEdgeFilter.isApi(uri)) {
            super.report(request, response, throwable);
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String message = response.getMessage();
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("title", known == null ? "Error" : known.getReasonPhrase());
        problem.put("status", status);
        problem.put("detail", status >= 500 ? "The server could not answer this request."
                : message == null || message.isBlank() ? "The request is malformed; it was not read." : message);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the response was already sent; nothing more to say
        }
    }
}
