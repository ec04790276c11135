// A small static server for the page: serves www/, js/ and pkg/ from this repository on
// 127.0.0.1 only. Usage: node scripts/serve.mjs [--port 8080]   (PORT=0 picks a free port)
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const allowed = ["www", "js", "pkg"];
const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".wasm": "application/wasm", ".json": "application/json; charset=utf-8",
  ".png": "image/png", ".svg": "image/svg+xml", ".ts": "text/plain; charset=utf-8",
};

export function startServer(port = 8080, host = "127.0.0.1") {
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
      if (path === "/" || path === "/index.html") {
        res.writeHead(302, { location: "/www/" });
        return res.end();
      }
      if (path.endsWith("/")) path += "index.html";
      const file = normalize(join(root, path));
      const top = file.slice(root.length).split(sep).filter(Boolean)[0];
      if (!file.startsWith(root) || !allowed.includes(top)) throw Object.assign(new Error("not found"), { code: "ENOENT" });
      const s = await stat(file);
      if (!s.isFile()) throw Object.assign(new Error("not found"), { code: "ENOENT" });
      const body = await readFile(file);
      res.writeHead(200, {
        "content-type": types[extname(file)] || "application/octet-stream",
        "cache-control": "no-cache",
        "x-content-type-options": "nosniff",
      });
      res.end(body);
    } catch (e) {
      res.writeHead(e.code === "ENOENT" ? 404 : 500, { "content-type": "text/plain; charset=utf-8" });
      res.end(e.code === "ENOENT" ? "not found\n" : "server error\n");
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf("--port");
  const port = Number(i > 0 ? process.argv[i + 1] : process.env.PORT ?? 8080);
  startServer(port).then(
    (server) => {
      const { port: p } = server.address();
      console.log(`Mizan is served at http://127.0.0.1:${p}/  (Ctrl-C to stop)`);
    },
    (e) => {
      console.error(`serve: cannot listen on 127.0.0.1:${port}: ${e.message}`);
      process.exit(1);
    },
  );
}
