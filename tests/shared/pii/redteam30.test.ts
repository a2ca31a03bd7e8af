import { classify } from '../../../shared/pii/classify.js';

// The thirtieth red-team set (software and data engineering traffic): its one miss and the false
// positives that rules now leave alone, cut down, with the personal texts beside them that must
// stay personal.
describe('what the thirtieth set wrote that was lost', () => {
  it.each([
    // "the only female truck driver of the Pärnu terminal" and her pregnancy week
    'Pärnu terminali ainus naissoost veokijuht on 24. rasedusnädalal ja ei tohi teha öövahetusi.',
  ])('%s', (text) => {
    expect(classify(text).classification).toBe('personal');
  });
});

describe('infrastructure addresses', () => {
  it.each([
    ['a subnet in Terraform', 'cidr_block = "10.20.16.0/20"'],
    ['an allow-list of networks', 'whitelist-source-range: "10.8.0.0/16,192.0.2.0/24"'],
    [
      'an upstream server with its port',
      'upstream app {\n    server 10.30.2.11:8080 max_fails=3;\n}',
    ],
    ['a Redis node list', 'nodes:\n  - 10.50.1.21:26379\n  - 10.50.1.22:26379'],
    ['a broker URL', 'args: ["--broker=amqp://10.42.3.17:5672"]'],
    ['a probe of a pod', 'Readiness probe failed: Get "http://10.244.3.57:8080/actuator/health"'],
  ])('leaves %s alone', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });

  it.each([
    ['a client with its ephemeral port', 'client 10.1.2.3:53422 closed the connection'],
    ["a host's address with its prefix", 'inet 10.1.2.3/24 brd 10.1.2.255 scope global eth0'],
    ['a private address alone', 'Anmeldung von 192.168.1.23 um 08:14'],
    ['a public server', 'curl http://85.12.33.4:8080/status'],
  ])('still reports %s', (_case, text) => {
    expect(classify(text).findings.map((finding) => finding.type)).toContain('IP_ADDRESS');
  });
});

describe('numbers in code, logs and test data', () => {
  it.each([
    ['a remainder in code', "return (sum%11)%10 == int(s[9]-'0') || s[0] == '3'"],
    ['a timestamp cut at its hour', '[2024-03-26 09:00:01] gerado NIF de teste'],
    ['a metric in scientific notation', 'http_requests_total{status="201"} 1.284733e+06'],
  ])('leaves %s alone', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });

  it('still decodes a control character escaped inside a name', () => {
    expect(classify('Anna%0BKowalska').classification).toBe('personal');
  });
});

describe('accounts and names that are no person', () => {
  it.each([
    [
      "an Azure Pipelines agent's home",
      '/usr/bin/bash --noprofile --norc /home/vsts/work/_temp/x.sh',
    ],
    ['a company named after a place', 'naziv: "Trgovina Jadran d.o.o."'],
    ['a framework and its release', 'Warum fehlt MAIL_REPLY_TO? Laravel 10, Mailgun-Driver.'],
    ['a function', 'func Valid(s string) bool {'],
  ])('leaves %s alone', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });

  it.each([
    ['a salutation before a company word', 'Sehr geehrte Frau Weber, Ihre GmbH hat angerufen.'],
    ['a contact person beside her company', 'Kontakt: Anna Weber, Weber & Söhne GmbH'],
    ['a double first name in lower case', 'name: anna-lena schmidt'],
    ['a person in lower case with an underscore', 'username: anna_kowalska'],
    ["a Danish 'Kaj' greeted", 'Hej Kaj, hvordan går det med ryggen?'],
  ])('still finds %s', (_case, text) => {
    expect(classify(text).classification).toBe('personal');
  });
});

// A review of these rules found each of the following lost by their first versions: a signature
// with the company on the next line, strong cues, the verb 'limited', table columns, sole
// traders, a workstation's services, 'Kaj' and 'Santa' as first names, lower-case double
// surnames, and service-account prefixes before a person's name.
describe('what the rules must not take from a person', () => {
  it.each([
    'Mit freundlichen Grüßen\nAnna Weber\nMüller Logistik GmbH',
    'Pozdrawiam\nAnna Kowalska\nKowalski Transport Sp. z o.o.',
    'Ansprechpartner: Herr Thomas Müller GmbH-Vertrieb',
    'Maria Rossi limited the discount to ten percent.',
    'Ansprechpartner\tFirma\nAnna Weber\tMüller GmbH',
    'Kovács János e.v. adószáma',
    'John Murphy Ltd',
    'RDP-Sitzung zu 10.0.12.57:3389 hängt seit heute morgen',
    'VNC auf den Arbeitsplatz 192.168.2.117:5900 geht nicht',
    'Kamera im Kinderzimmer: rtsp://192.168.0.77/live',
    'inet 10.1.2.4/31 scope global eth0',
    'Kaj har kræft',
    'Mvh Kaj',
    'Vārds: Santa Ozola',
    'name: jan-ove',
    'nachname: müller-lüdenscheidt',
    'username: svc_akowalska',
    'Benutzer: daemon_hmueller',
    'Anruf von Hugo(Kunde) wegen Rechnung',
    // and a second review, of the narrowed rules
    'Sophie Feichtinger GmbH: Inhaberin im Mutterschutz bis Mai',
    'Call with Sarah Acme Ltd re invoice',
    'Kamera im Kinderzimmer: http://192.168.0.77:80/live',
    'Mein Laptop läuft unter http://192.168.1.23:8080 – bitte nicht scannen',
    'Annas Drucker 10.1.4.22:9100',
    'postgres://anna:Geheim123@10.1.2.3:5432/personal',
    'Login fehlgeschlagen: Benutzer svc_annaw',
    'Login fehlgeschlagen: Benutzer svc_oberhuber',
    'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: lena-privat',
  ])('%s', (text) => {
    expect(classify(text).classification).toBe('personal');
  });
});
