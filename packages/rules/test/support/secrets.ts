import fc from "fast-check";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const HEX = "0123456789abcdef";
const VALUE = `${ALNUM}._~+/@!*-`;

/** A random run of `chars`, starting with a letter and a digit (`Q7`, or `a7` for hex). */
export function run(chars: string, length: number): fc.Arbitrary<string> {
  const start = chars.includes("Q") ? "Q7" : "a7";
  return fc
    .array(fc.constantFrom(...chars), { minLength: length, maxLength: length })
    .map((c) => `${start}${c.join("")}`);
}

/** A secret as planted: self-identifying (`token`) or named by its key (`pair`). */
export type Secret =
  | { kind: "token"; text: string; core: string }
  | { kind: "pair"; name: string; value: string; core: string };

const token = (make: (core: string) => string, chars = ALNUM, length = 36) =>
  run(chars, length).map((core): Secret => ({ kind: "token", text: make(core), core }));

const pair = (name: string, make: (core: string) => string = (c) => c) =>
  run(VALUE, 16).map((core): Secret => ({ kind: "pair", name, value: make(core), core }));

/** Every class of secret issue #12 lists, each in a realistic shape. */
export const secretClasses: Record<string, fc.Arbitrary<Secret>> = {
  jwt: token((c) => `eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ${c}.${c.slice(0, 20)}Sig`),
  "github token": token((c) => `ghp_${c}`),
  "gitlab token": token((c) => `glpat-${c}`),
  "npm token": token((c) => `npm_${c}`),
  "openai key": token((c) => `sk-proj-${c}`),
  "stripe key": token((c) => `sk_live_${c}`),
  "webhook secret": token((c) => `whsec_${c}`),
  "slack token": token((c) => `xoxb-1234567890-${c}`),
  "slack webhook": token((c) => `https://hooks.slack.com/services/T0ABCDEF/B0ABCDEF/${c}`),
  "sendgrid key": token((c) => `SG.${c.slice(0, 22)}.${c}`),
  "shopify token": token((c) => `shpat_${c}`, HEX, 32),
  "twilio api key": token((c) => `SK${c}`, HEX, 32),
  "google api key": token((c) => `AIza${c}`),
  "aws access key id": token(
    (c) => `AKIA${c.toUpperCase()}`,
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
    14,
  ),
  "aws key pair": token((c) => `AKIAIOSFODNN7EXAMPLE,${c}`, `${ALNUM}/+`, 38),
  "pem private key": token(
    (c) => `-----BEGIN RSA PRIVATE KEY-----\nMIIEow${c}\n${c}==\n-----END RSA PRIVATE KEY-----`,
  ),
  "openssh key": token(
    (c) => `-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn${c}\n-----END OPENSSH PRIVATE KEY-----`,
  ),
  "bearer token": token((c) => `Bearer ${c}`),
  "basic credentials": token((c) => `Basic ${c}`),
  "url password with @": run(VALUE, 12).map((c): Secret => ({
    kind: "token",
    text: `postgres://app:p@${c}@db.internal:5432/app`,
    core: c,
  })),
  "mongodb+srv": token((c) => `mongodb+srv://admin:${c}@cluster0.abcde.mongodb.net/test`),
  "redis password": token((c) => `redis://:${c}@cache.internal:6379/0`),
  "amqp url": token((c) => `amqp://guest:${c}@rabbit:5672/`),
  "ado.net connection string": token(
    (c) => `Server=tcp:db.example.net,1433;Database=app;User ID=app;Password=${c};Encrypt=True;`,
  ),
  "azure storage": token(
    (c) =>
      `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${c}==;EndpointSuffix=core.windows.net`,
  ),
  "azure sas": token(
    (c) => `https://acct.blob.core.windows.net/c/b.txt?sv=2022-11-02&sig=${c}%3D&se=2030`,
  ),
  "service account json": token(
    (c) =>
      `{"type": "service_account", "private_key_id": "${c}", "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEv${c}\\n-----END PRIVATE KEY-----\\n", "client_email": "a@b.iam.gserviceaccount.com"}`,
  ),
  password: pair("password"),
  passwd: pair("passwd"),
  pwd: pair("pwd"),
  client_secret: pair("client_secret"),
  "api key": pair("api_key"),
  "x-api-key": pair("X-Api-Key"),
  "access token": pair("access_token"),
  "aws secret access key": pair("aws_secret_access_key"),
  "session id": pair("sessionid"),
  "connect.sid": pair("connect.sid"),
  jsessionid: pair("JSESSIONID"),
  cookie: pair("Cookie", (c) => `theme=dark; sessionid=${c}`),
  "set-cookie": pair("Set-Cookie", (c) => `sid=${c}; Path=/; HttpOnly`),
  authorization: pair("Authorization", (c) => `Bearer ${c}`),
};

/**
 * Where a secret is pasted: a header, JSON, a URL, a log line, a stack trace, SDK code, XML, a
 * Java map dump, a curl command, a command-line flag.
 */
export const contexts: Record<string, (s: Secret) => string> = {
  header: (s) => (s.kind === "pair" ? `${s.name}: ${s.value}` : `X-Debug: ${s.text}`),
  json: (s) =>
    s.kind === "pair"
      ? `{"error": "invalid_request", "${s.name}": "${s.value}"}`
      : `{"error": "invalid_request", "detail": ${JSON.stringify(`used ${s.text}`)}}`,
  "url query": (s) =>
    s.kind === "pair"
      ? `GET https://api.example.com/v1/items?limit=5&${s.name}=${s.value}&page=2`
      : `GET https://api.example.com/v1/items?limit=5&q=${s.text} HTTP/1.1`,
  "log line": (s) =>
    s.kind === "pair"
      ? `2024-05-01T10:00:00Z ERROR request failed ${s.name}=${s.value} status=401`
      : `2024-05-01T10:00:00Z ERROR request failed with ${s.text} status=401`,
  "stack trace": (s) =>
    `Error: Request failed with status code 401 (${s.kind === "pair" ? `${s.name}: ${s.value}` : s.text})\n    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)`,
  "sdk code": (s) =>
    s.kind === "pair"
      ? `config.headers['${s.name}'] = '${s.value}'`
      : `client = Client("reporter", "${s.text}")`,
  xml: (s) =>
    s.kind === "pair"
      ? `<soap:Header><${s.name}>${s.value}</${s.name}></soap:Header>`
      : `<faultstring>${s.text}</faultstring>`,
  "java map": (s) =>
    s.kind === "pair"
      ? `DEBUG request headers: {Accept=[*/*], ${s.name}=[${s.value}]}`
      : `DEBUG request body: {detail=[${s.text}]}`,
  "curl command": (s) =>
    s.kind === "pair"
      ? `curl -sS -H "${s.name}: ${s.value}" -H 'Accept: application/json' https://api.example.com/v1`
      : `curl -sS -d '${s.text}' https://api.example.com/v1`,
  "command-line flag": (s) =>
    s.kind === "pair"
      ? `$ mycli --${s.name.toLowerCase()} ${s.value.includes(" ") ? `'${s.value}'` : s.value} --verbose`
      : `$ mycli --data ${s.text} --verbose`,
};
