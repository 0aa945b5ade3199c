package io.github.vrchatgroups.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import feign.RequestTemplate;
import feign.Response;
import feign.Util;
import feign.codec.DecodeException;
import feign.codec.Decoder;
import feign.codec.EncodeException;
import feign.codec.Encoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON bodies through one {@link ObjectMapper}, with a reader and a writer cached per type:
 * feign-jackson builds a new {@code ObjectWriter} for every request, which shows in the per-call
 * allocation.
 */
final class JacksonCodec implements Encoder, Decoder {
  private final ObjectMapper mapper;
  private final Map<Type, ObjectWriter> writers = new ConcurrentHashMap<>();
  private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();

  /**
   * @param mapper the configured mapper for every body
   */
  JacksonCodec(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void encode(Object object, Type bodyType, RequestTemplate template) {
    ObjectWriter writer =
        writers.computeIfAbsent(bodyType, type -> mapper.writerFor(mapper.constructType(type)));
    try {
      template.body(writer.writeValueAsBytes(object), StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new EncodeException("cannot write the request body: " + e.getOriginalMessage(), e);
    }
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    byte[] body;
    // The transport always hands over a body, empty or not.
    try (InputStream in = response.body().asInputStream()) {
      body = in.readAllBytes();
    }
    if (body.length == 0) {
      return Util.emptyValueOf(type);
    }
    ObjectReader reader =
        readers.computeIfAbsent(type, t -> mapper.readerFor(mapper.constructType(t)));
    try {
      Object value = reader.readValue(body);
      // A JSON null says as much as no body: an empty list, never a null one.
      return value == null ? Util.emptyValueOf(type) : value;
    } catch (JsonProcessingException e) {
      throw new DecodeException(
          response.status(),
          "cannot read the response body: " + e.getOriginalMessage(),
          response.request(),
          e);
    }
  }
}
