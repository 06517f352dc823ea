package dev.concord.modelsim.server;

/** An OpenAI-style error: HTTP status plus the fields of {@code {"error":{message,type,param,code}}}. */
public final class ApiError extends RuntimeException {

    private final int status;
    private final String type;
    private final String param;
    private final String code;

    public ApiError(int status, String type, String message, String param, String code) {
        super(message);
        this.status = status;
        this.type = type;
        this.param = param;
        this.code = code;
    }

    public static ApiError badRequest(String message, String param) {
        return new ApiError(400, "invalid_request_error", message, param, null);
    }

    public static ApiError unauthorized() {
        return new ApiError(401, "invalid_request_error", "Incorrect API key provided.", null, "invalid_api_key");
    }

    public static ApiError notFound(String message, String code) {
        return new ApiError(404, "invalid_request_error", message, null, code);
    }

    public static ApiError methodNotAllowed(String method, String path) {
        return new ApiError(405, "invalid_request_error", "Method " + method + " not allowed for " + path, null,
                null);
    }

    public static ApiError serverError(String message) {
        return new ApiError(500, "server_error", message, null, null);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String param() {
        return param;
    }

    public String code() {
        return code;
    }
}
