package org.crdash.base.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.lang.annotation.ElementType;
import java.util.Map;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The OpenAPI description ({@code /v3/api-docs}): the HTTP Basic scheme that editors' write endpoints need, and
 * the problem responses they share, added to every endpoint marked {@link Write} / {@link Versioned}.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocs {

    public static final String BASIC_AUTH = "basicAuth";
    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    /** Changes data: needs an editor (HTTP Basic); may answer 401, 403, 404, 422. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Write {
    }

    /** Creates a row: answers 201 with its Location (and ETag), not 200. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Created {
    }

    /** Changes an existing row at the version the client names in {@code If-Match}; may answer 409, 428. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Versioned {
    }

    /**
     * A write the claim checks may warn of: takes {@code acknowledgeWarnings} and may answer 409 with the warnings
     * (besides a version conflict where it is also {@link Versioned}).
     */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Warned {
    }

    /** Answers an ETag (a row's version, a file's SHA-256): a GET with a matching {@code If-None-Match} is 304 without a body. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface ETagged {
    }

    /** The optional body of a restore: the version of the deleted row, if not sent as If-Match. */
    @Schema(name = "VersionBody")
    public record VersionBody(@Schema(types = "integer", example = "4") String version) {
    }

    @Bean
    OpenAPI crdashOpenApi() {
        return new OpenAPI()
                .info(new Info().title("China–Russia dashboard API").version("1")
                        .description("Reading (GET) is public. Changing data needs an editor account, sent with "
                                + "HTTP Basic on each request (e.g. curl -u editor:PASSWORD). Errors are RFC 9457 "
                                + "problem details; invalid input gives 422 with every problem in 'errors'."))
                .components(new Components()
                        .addSecuritySchemes(BASIC_AUTH, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("An editor's user name and password"))
                        .addSchemas(PROBLEM, new ObjectSchema().description("RFC 9457 problem details")
                                .addProperty("type", new StringSchema())
                                .addProperty("title", new StringSchema())
                                .addProperty("status", new IntegerSchema())
                                .addProperty("detail", new StringSchema())
                                .addProperty("instance", new StringSchema())
                                .addProperty("errors", new ArraySchema().description("422 only: every invalid "
                                        + "field").items(new ObjectSchema()
                                        .addProperty("field", new StringSchema())
                                        .addProperty("message", new StringSchema())))
                                .addProperty("warnings", new ArraySchema().description("409 of a write with "
                                        + "warnings only: each warning, nothing saved (an import's: with its line "
                                        + "and column)").items(new ObjectSchema()
                                        .addProperty("line", new IntegerSchema())
                                        .addProperty("column", new StringSchema())
                                        .addProperty("code", new StringSchema())
                                        .addProperty("field", new StringSchema())
                                        .addProperty("message", new StringSchema())))
                                .addProperty("changedBy", new StringSchema().description("409 only"))
                                .addProperty("changedAt", new StringSchema().description("409 only"))));
    }

    @Bean
    OperationCustomizer writeEndpoints() {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(Write.class)) {
                operation.addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH));
                responses(operation)
                        .addApiResponse("401", problem("Not authenticated (or wrong password)"))
                        .addApiResponse("403", problem("Signed in, but not an editor"))
                        .addApiResponse("422", problem("Invalid input: every problem in 'errors', nothing saved"));
                if (java.util.Arrays.stream(handler.getMethodParameters())
                        .anyMatch(p -> p.hasParameterAnnotation(PathVariable.class))) {
                    operation.getResponses().addApiResponse("404", problem("No such row"));
                }
            }
            if (handler.hasMethodAnnotation(ETagged.class)) {
                responses(operation).addApiResponse("304", new ApiResponse().description("Not modified: If-None-Match "
                        + "names the current ETag"));
            }
            if (java.util.Arrays.stream(handler.getMethodParameters()).anyMatch(ApiDocs::bodyWithVersion)) {
                responses(operation).putIfAbsent("409", problem("Changed by someone else since the version you "
                        + "name (who and when in the detail); reload and redo the change"));
            }
            boolean delete = handler.hasMethodAnnotation(org.springframework.web.bind.annotation.DeleteMapping.class);
            if (handler.hasMethodAnnotation(Versioned.class)) {
                // a DELETE has no body that could carry the version instead, so there the header is required
                operation.addParametersItem(new HeaderParameter().name("If-Match").required(delete)
                        .description(delete ? "The ETag (version) you loaded, e.g. \"3\" or W/\"3\""
                                : "The ETag (version) you loaded, e.g. \"3\" or W/\"3\"; required unless the "
                                + "body has a version field")
                        .schema(new StringSchema().example("\"3\"")));
                responses(operation)
                        .addApiResponse("409", problem("Changed or deleted by someone else since you loaded it "
                                + "(who and when in the detail); reload and redo the change"))
                        .addApiResponse("428", problem("No version given"));
            }
            if (handler.hasMethodAnnotation(Warned.class)) {
                responses(operation).addApiResponse("409", problem((delete || !handler.hasMethodAnnotation(
                        Versioned.class) ? "" : "Changed or deleted by someone else since you loaded it (changedBy, "
                        + "changedAt), or: ") + "the claim checks warn of it (each warning in 'warnings': code, "
                        + "field or line and column, message); nothing saved. Send it again with " + Params.ACKNOWLEDGE_WARNINGS + "=true to "
                        + "save it anyway"));
            }
            ApiResponses responses = responses(operation);
            if (handler.hasMethodAnnotation(Created.class) && responses.get("200") != null) {
                ApiResponse created = responses.remove("200").description("Created; Location names the new row, "
                        + "ETag is its version");
                created.addHeaderObject("Location", new io.swagger.v3.oas.models.headers.Header()
                        .schema(new StringSchema().format("uri")));
                responses.addApiResponse("201", created);
            }
            if (noContent(handler) && responses.get("200") != null) {
                responses.remove("200");
                responses.addApiResponse("204", new ApiResponse().description("Done; ETag is the row's new version"));
            }
            return operation;
        };
    }

    /**
     * What every operation may answer besides its success (see {@link ApiEdgeFilter}, {@link ApiProblemHandler}):
     * 400 for a malformed parameter or path, 401 for wrong credentials, 404 where the path names a row, 406 for an {@code Accept} it cannot
     * serve, 415 where it takes a body, 429 over the rate limit. And every property of an answer's schema is
     * required: the JSON always has it (with {@code null} where its schema allows null).
     */
    @Bean
    org.springdoc.core.customizers.OpenApiCustomizer everyAnswer() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            java.util.Set<String> requestSchemas = new java.util.HashSet<>();
            openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
                ApiResponses responses = responses(operation);
                responses.putIfAbsent("400", problem("A parameter, the path or a header is malformed (named in "
                        + "'parameter' where it is one)"));
                if (path.contains("{")) {
                    responses.putIfAbsent("404", problem("No such row"));
                }
                // HTTP Basic is checked wherever it is sent, so wrong credentials are refused even where none are needed
                responses.putIfAbsent("401", problem("Credentials were sent but are wrong, or the account is "
                        + "disabled; reading needs none"));
                responses.putIfAbsent("406", problem("The Accept header asks for a type this endpoint cannot give"));
                if (operation.getRequestBody() != null) {
                    responses.putIfAbsent("415", problem("The body is not of a type this endpoint takes"));
                    operation.getRequestBody().getContent().values().forEach(m -> refName(m.getSchema())
                            .ifPresent(requestSchemas::add));
                }
                fileAnswer(path, responses.get("200"));
                responses.putIfAbsent("429", problem("Too many requests from this address; wait Retry-After "
                        + "seconds"));
            }));
            if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
                openApi.getComponents().getSchemas().forEach((name, schema) -> {
                    if (!requestSchemas.contains(name) && !name.equals(PROBLEM) && schema.getProperties() != null) {
                        schema.setRequired(new java.util.ArrayList<>(schema.getProperties().keySet()));
                    }
                    if (schema.getProperties() != null) {
                        @SuppressWarnings({"unchecked", "rawtypes"})
                        Map<String, io.swagger.v3.oas.models.media.Schema> properties = schema.getProperties();
                        properties.replaceAll((property, p) -> nullableRef(p));
                    }
                });
            }
        };
    }

    /** A download ({@code .csv}, {@code .zip}) answers its file, which springdoc cannot see in a void method. */
    private static void fileAnswer(String path, ApiResponse ok) {
        String type = path.endsWith(".csv") ? "text/csv" : path.endsWith(".zip") ? "application/zip" : null;
        if (type == null || ok == null) {
            return;
        }
        StringSchema file = new StringSchema();
        if (type.equals("application/zip")) {
            file.format("binary");
        }
        ok.description(type.equals("text/csv") ? "The CSV file (the spreadsheet variant starts with a BOM)"
                : "The ZIP file").content(new Content().addMediaType(type, new MediaType().schema(file)));
    }

    /**
     * {@code @Schema(types = {"object", "null"})} on a property whose type has its own schema gives a {@code $ref}
     * beside {@code type}, and in JSON Schema 2020-12 both apply, so null would fail the $ref: say "either".
     */
    @SuppressWarnings("rawtypes")
    private static io.swagger.v3.oas.models.media.Schema nullableRef(io.swagger.v3.oas.models.media.Schema p) {
        if (p.get$ref() == null || p.getTypes() == null || !p.getTypes().contains("null")) {
            return p;
        }
        io.swagger.v3.oas.models.media.Schema either = new io.swagger.v3.oas.models.media.Schema<>();
        either.addAnyOfItem(new io.swagger.v3.oas.models.media.Schema<>().$ref(p.get$ref()));
        io.swagger.v3.oas.models.media.Schema nothing = new io.swagger.v3.oas.models.media.Schema<>();
        nothing.addType("null");
        either.addAnyOfItem(nothing);
        return either;
    }

    /** A JSON body that names the version its change is based on (the optimistic lock). */
    private static boolean bodyWithVersion(org.springframework.core.MethodParameter p) {
        return p.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)
                && p.getParameterType().isRecord() && java.util.Arrays.stream(p.getParameterType()
                .getRecordComponents()).anyMatch(c -> c.getName().equals("version"));
    }

    /** A handler declared {@code ResponseEntity<Void>} answers 204 without a body (deletes, rejections). */
    private static boolean noContent(org.springframework.web.method.HandlerMethod handler) {
        java.lang.reflect.Type type = handler.getReturnType().getGenericParameterType();
        return type instanceof java.lang.reflect.ParameterizedType p
                && p.getRawType() == org.springframework.http.ResponseEntity.class
                && p.getActualTypeArguments()[0] == Void.class;
    }

    private static java.util.Optional<String> refName(io.swagger.v3.oas.models.media.Schema<?> schema) {
        return schema == null || schema.get$ref() == null ? java.util.Optional.empty()
                : java.util.Optional.of(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
    }

    private static ApiResponses responses(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        return operation.getResponses();
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new io.swagger.v3.oas.models.media.Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }
}
