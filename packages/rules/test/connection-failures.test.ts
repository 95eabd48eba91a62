import { describe, expect, test } from "vitest";
import { parseIncident } from "../src/index.ts";
import { diagnose } from "../src/session/diagnose.ts";
import { triage } from "./support/land.ts";

describe("a closed connection named only by its exception class", () => {
  test.each([
    [
      "Python http.client",
      'File "/usr/lib/python3.12/http/client.py", line 300, in _read_status\n    raise RemoteDisconnected("Remote end closed connection without"\nhttp.client.RemoteDisconnected: Remote end closed connection without response',
    ],
    [
      "Apache HttpClient",
      "org.apache.http.NoHttpResponseException: api.example.com:443 failed to respond\n\tat org.apache.http.impl.conn.DefaultHttpResponseParser.parseHead(DefaultHttpResponseParser.java:141)",
    ],
  ])("%s reads as a reset connection", (_name, paste) => {
    expect(parseIncident(paste).facts.networkError).toBe("ECONNRESET");
  });
});

describe("rustls names the certificate problem by its variant", () => {
  test.each([
    ["UnknownIssuer", "UNABLE_TO_GET_ISSUER_CERT_LOCALLY"],
    ["Expired", "CERT_HAS_EXPIRED"],
    ["NotValidForName", "ERR_TLS_CERT_ALTNAME_INVALID"],
  ])("invalid peer certificate: %s", (variant, code) => {
    const paste = `TypeError: error sending request for url (https://api.example.com/v1): client error (Connect): invalid peer certificate: ${variant}`;
    expect(parseIncident(paste).facts.tlsError).toBe(code);
  });
});

describe("a refused connection to this machine decides nothing listens there", () => {
  test.each([
    [
      "the error names the loopback host",
      "Error: connect ECONNREFUSED 127.0.0.1:5432",
      "127.0.0.1",
    ],
    [
      "IPv6 loopback, as Node prints it",
      "Error: connect ECONNREFUSED ::1:3000\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)",
      "::1",
    ],
    [
      "the error names no host, every URL is local",
      'iex> Req.get!("http://localhost:4001/api/orders")\n** (Req.TransportError) connection refused\n    lib/req.ex:1121: Req.request!/2',
      "localhost",
    ],
  ])("%s", async (_name, paste, host) => {
    expect(parseIncident(paste).facts.loopbackHost).toBe(host);
    const { state } = await diagnose(paste, triage);
    expect(state.cause?.id).toBe("nothing-listening");
  });

  test.each([
    [
      "another host on the error's line",
      "ClientException with SocketException: Connection refused (OS Error: Connection refused, errno = 111), address = 10.0.2.2, port = 38738",
    ],
    [
      "a remote host elsewhere in the paste",
      "NO_PROXY=localhost\n$ curl https://api.example.com:8443/v1\ncurl: (7) Failed to connect to api.example.com port 8443 after 3 ms: Connection refused",
    ],
    [
      "a host name that only starts with localhost",
      "Error: connect ECONNREFUSED (localhost.corp.example.com:8080)",
    ],
    [
      "a local URL beside a remote one, the error naming neither",
      "GET http://localhost:3000/health ok\nPOST https://api.example.com/v1/orders\nConnectionRefusedError: [Errno 111] Connection refused",
    ],
  ])("not when %s", async (_name, paste) => {
    expect(parseIncident(paste).facts.loopbackHost).toBeUndefined();
    const { state } = await diagnose(paste, triage);
    expect(state.status).toBe("question");
    expect(state.tree).toBe("network");
  });
});

test("a client that cannot connect and does not say why lands in the network tree", async () => {
  const { trees: path, state } = await diagnose(
    'botocore.exceptions.EndpointConnectionError: Could not connect to the endpoint URL: "https://sqs.eu-west-1.amazonaws.com/"',
    triage,
  );
  expect(path).toContain("network");
  expect(state.status).toBe("question");
});
