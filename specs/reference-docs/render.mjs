// Renders the reference docs: each OpenAPI bundle <bundle-dir>/<api>.yaml (the top level only: the 3.0 bundles)
// becomes <output-dir>/<api>.html, a self-contained page made by `redocly build-docs`, and <output-dir>/index.html
// lists the APIs and explains the specs' vendor extensions (extensions.yaml beside this script).
//
// Usage: node render.mjs <bundle-dir> <output-dir>. The APIs are the bundles the bundler wrote, so no list of them
// is kept here. Exits 1 with one line naming the problem if a bundle cannot be read or rendered.
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";

const here = path.dirname(fileURLToPath(import.meta.url));
const redocly = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");

function main([bundleDir, outputDir]) {
  if (!bundleDir || !outputDir) {
    throw new Error("usage: node render.mjs <bundle-dir> <output-dir>");
  }
  const apis = readdirSync(bundleDir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".yaml"))
    .map((entry) => readApi(path.join(bundleDir, entry.name)))
    .sort((a, b) => a.id.localeCompare(b.id));
  if (apis.length === 0) {
    throw new Error(`no <api>.yaml bundle in ${bundleDir}`);
  }
  mkdirSync(outputDir, { recursive: true });
  // A page of an API that is gone must not linger.
  for (const old of readdirSync(outputDir).filter((name) => name.endsWith(".html"))) {
    rmSync(path.join(outputDir, old));
  }
  writeFileSync(path.join(outputDir, "index.html"), indexPage(apis, readExtensions()));
  return Promise.all(apis.map((api) => renderPage(api, outputDir)));
}

function readApi(file) {
  let spec;
  try {
    spec = YAML.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`cannot read ${file}: ${e.message}`);
  }
  const operations = Object.entries(spec.paths ?? {}).flatMap(([route, item]) =>
    Object.entries(item)
      .filter(([, operation]) => operation && operation.operationId)
      .map(([method, operation]) => ({ method: method.toUpperCase(), route, summary: operation.summary ?? "" })),
  );
  return { id: path.basename(file, ".yaml"), file, info: spec.info ?? {}, operations };
}

function readExtensions() {
  return YAML.parse(readFileSync(path.join(here, "extensions.yaml"), "utf8"));
}

/** Runs `redocly build-docs` on one bundle; its output is shown only if it fails. */
function renderPage(api, outputDir) {
  const output = path.join(outputDir, `${api.id}.html`);
  const args = [
    redocly, "build-docs", api.file,
    "--output", output,
    "--template", path.join(here, "page.hbs"),
    "--templateOptions.swaggerUi", `../docs/?urls.primaryName=${encodeURIComponent(api.info.title ?? api.id)}`,
    "--inlineBundle",
    "--openapi.showExtensions=true",
    "--openapi.jsonSamplesExpandLevel=all",
    "--lint-config", "off",
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, REDOCLY_TELEMETRY: "off", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    child.stdout.on("data", (chunk) => (log += chunk));
    child.stderr.on("data", (chunk) => (log += chunk));
    child.on("error", reject);
    child.on("close", (status) => {
      if (status === 0) {
        console.log(`Rendered ${api.id} into ${output}`);
        resolve();
      } else {
        reject(new Error(`redocly build-docs failed on ${api.file} (exit ${status}):\n${log.trim()}`));
      }
    });
  });
}

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** Plain text of a Markdown paragraph, with `code` kept as code. */
const inline = (markdown) => escapeHtml(markdown).replace(/`([^`]+)`/g, "<code>$1</code>");

function indexPage(apis, extensions) {
  const apiSections = apis.map((api) => {
    const title = api.info.title ?? api.id;
    const firstParagraph = String(api.info.description ?? "").split(/\n\s*\n/)[0];
    const operations = api.operations
      .map((op) => `<li><code>${op.method} ${escapeHtml(op.route)}</code> ${escapeHtml(op.summary)}</li>`)
      .join("\n        ");
    return `
    <section id="${api.id}">
      <h2><a href="${api.id}.html">${escapeHtml(title)}</a></h2>
      <p class="meta">${escapeHtml(api.info["x-service-name"] ?? "")} · version ${escapeHtml(api.info.version ?? "")}
        · <a href="${api.id}.html">reference</a>
        · <a href="../openapi/${api.id}.yaml">OpenAPI bundle</a>
        · <a href="../docs/?urls.primaryName=${encodeURIComponent(title)}">Swagger UI</a> (on the reference server)</p>
      <p>${inline(firstParagraph)}</p>
      <ul>
        ${operations}
      </ul>
    </section>`;
  });
  const extensionRows = Object.entries(extensions).map(
    ([name, { on, says, shown = true }]) => `
      <tr id="${name}"><td><code>${name}</code><br><span class="shown">${
        shown ? `shown as <code>${name.slice(2)}:</code>` : "not shown on the pages"
      }</span></td>
        <td>${escapeHtml(on)}</td><td>${escapeHtml(says)}</td></tr>`,
  );
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Image APIs: reference documentation</title>
  <style>
    body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
    code { font-size: 0.9em; background: #f3f3f3; padding: 0 0.2em; }
    .meta, .shown { color: #555; font-size: 0.9em; }
    table { border-collapse: collapse; }
    td, th { border-top: 1px solid #ddd; padding: 0.4rem; vertical-align: top; text-align: left; }
  </style>
</head>
<body>
  <h1>Image APIs: reference documentation</h1>
  <p>One page per API, rendered from its OpenAPI 3.0 bundle. The pages work offline: they load nothing from
    another host. On the reference server, <a href="../docs/">Swagger UI</a> sends requests to it.</p>
  ${apiSections.join("\n")}
  <h2 id="extensions">Vendor extensions</h2>
  <p>The specs record, beside what OpenAPI can say, where each fact comes from and what a parameter means. The
    pages show most of these extensions next to the operation, parameter or field they belong to, without their
    <code>x-</code>.</p>
  <table>
    <tr><th>extension</th><th>on</th><th>says</th></tr>${extensionRows.join("")}
  </table>
</body>
</html>
`;
}

try {
  await main(process.argv.slice(2));
} catch (e) {
  console.error(`ERROR: ${e.message}`);
  process.exit(1);
}
