package io.github.vrchatgroups.client.bench;

import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.errors.BadRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One invite through the facade and through four raw transports, against the same loopback server,
 * with the same headers and body and with connection reuse. {@code error=true} makes the server
 * answer 400.
 */
@State(Scope.Benchmark)
public class InviteBenchmarks {
  static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  static final String USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";
  static final String TOKEN = "authcookie_00000000-0000-0000-0000-000000000000";
  static final String USER_AGENT = "InviteBenchmarks/1.0 bench@example.invalid";
  static final byte[] BODY =
      ("{\"userId\":\"" + USER + "\",\"confirmOverrideBlock\":true}")
          .getBytes(StandardCharsets.UTF_8);

  @Param({"false"})
  public boolean error;

  private LoopbackInviteServer server;
  private String invitesUrl;
  private VrchatGroupsClient facade;
  private HttpClient jdk;
  private OkHttpClient okHttp;
  private CloseableHttpClient apache;

  @Setup(Level.Trial)
  public void start() throws IOException {
    server = new LoopbackInviteServer(error);
    invitesUrl = server.url() + "/groups/" + GROUP + "/invites";
    facade =
        VrchatGroupsClient.builder()
            .baseUrl(server.url())
            .authCookie(TOKEN)
            .userAgent(USER_AGENT)
            .maxRetries(0)
            .build();
    jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    okHttp = new OkHttpClient();
    apache =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnPerRoute(64)
                    .setMaxConnTotal(64)
                    .build())
            .disableAutomaticRetries()
            .build();
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
    apache.close();
    facade.close();
    server.close();
  }

  @Benchmark
  public Object facade() {
    try {
      facade.inviteUser(GROUP, USER);
      return null;
    } catch (BadRequestException e) {
      return e.getServerMessage();
    }
  }

  @Benchmark
  public Object jdkHttpClient() throws InterruptedException {
    try {
      return jdkHttpClientCall();
    } catch (IOException e) {
      // The JDK client's pool race (JDK-8336655) fails a call now and then; a failed call must not
      // abort the baseline's run, and DeliveredButFailed counts them.
      return e;
    }
  }

  private Object jdkHttpClientCall() throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(invitesUrl))
            .header("Cookie", "auth=" + TOKEN)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("User-Agent", USER_AGENT)
            .POST(HttpRequest.BodyPublishers.ofByteArray(BODY))
            .build();
    HttpResponse<byte[]> response = jdk.send(request, HttpResponse.BodyHandlers.ofByteArray());
    return response.statusCode() == 200
        ? null
        : new String(response.body(), StandardCharsets.UTF_8);
  }

  @Benchmark
  public Object httpUrlConnection() throws IOException {
    HttpURLConnection connection = (HttpURLConnection) new URL(invitesUrl).openConnection();
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    connection.setRequestProperty("Cookie", "auth=" + TOKEN);
    connection.setRequestProperty("Content-Type", "application/json");
    connection.setRequestProperty("Accept", "application/json");
    connection.setRequestProperty("User-Agent", USER_AGENT);
    try (OutputStream out = connection.getOutputStream()) {
      out.write(BODY);
    }
    int status = connection.getResponseCode();
    try (InputStream in =
        status == 200 ? connection.getInputStream() : connection.getErrorStream()) {
      byte[] body = in == null ? new byte[0] : in.readAllBytes();
      return status == 200 ? null : new String(body, StandardCharsets.UTF_8);
    }
  }

  @Benchmark
  public Object apacheHttpClient() throws IOException {
    HttpPost request = new HttpPost(invitesUrl);
    request.setHeader("Cookie", "auth=" + TOKEN);
    request.setHeader("Accept", "application/json");
    request.setHeader("User-Agent", USER_AGENT);
    request.setEntity(new ByteArrayEntity(BODY, ContentType.APPLICATION_JSON));
    return apache.execute(
        request,
        response -> {
          byte[] body =
              response.getEntity() == null
                  ? new byte[0]
                  : EntityUtils.toByteArray(response.getEntity());
          return response.getCode() == 200 ? null : new String(body, StandardCharsets.UTF_8);
        });
  }

  @Benchmark
  public Object okHttp() throws IOException {
    Request request =
        new Request.Builder()
            .url(invitesUrl)
            .header("Cookie", "auth=" + TOKEN)
            .header("Accept", "application/json")
            .header("User-Agent", USER_AGENT)
            .post(RequestBody.create(BODY, MediaType.get("application/json")))
            .build();
    try (Response response = okHttp.newCall(request).execute()) {
      String body = response.body() == null ? "" : response.body().string();
      return response.code() == 200 ? null : body;
    }
  }
}
