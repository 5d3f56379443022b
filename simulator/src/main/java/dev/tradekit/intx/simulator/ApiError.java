package dev.tradekit.intx.simulator;

/**
 * An answer other than 2xx, in the shape INTX sends: {@code {"title": ..., "status": ...}}. Thrown
 * by endpoints and turned into the response by {@link Gateway}.
 */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;
  final String title;

  ApiError(int status, String title) {
    super(title, null, false, false);
    this.status = status;
    this.title = title;
  }

  static ApiError badRequest(String title) {
    return new ApiError(400, title);
  }

  /** {@code <name> is a required field}, the wording ccxt matches on. */
  static ApiError required(String name) {
    return badRequest(name + " is a required field");
  }

  /** {@code Order rejected(CODE - description)}, the shape of the exchange's order rejections. */
  static ApiError orderRejected(String code, String description) {
    return badRequest("Order rejected(" + code + " - " + description + ")");
  }
}
