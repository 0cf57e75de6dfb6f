// Starts the application for the end-to-end test: the built jar with the demo profile, on a fresh
// H2 file database under the output folder and its own port; stopped however the test ends.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const READY_TIMEOUT_MS = 180_000;

function builtJar() {
  if (process.env.E2E_JAR) {
    return process.env.E2E_JAR;
  }
  const jar = fs.readdirSync('target').find((name) => /^dinsos-sop-.*\.jar$/.test(name));
  if (!jar) {
    throw new Error('no target/dinsos-sop-*.jar: build it first (./mvnw package -DskipTests)');
  }
  return path.join('target', jar);
}

/**
 * Runs the jar on `port`, writing its log and database into `out`; resolves once the start-up is
 * done: the web server answers before the demo users and Tasklist filters exist, so it waits until a
 * demo user sees the filters.
 */
export async function startApplication(port, out) {
  const database = path.resolve(out, 'db', 'dinsos');
  const log = fs.openSync(path.join(out, 'application.log'), 'w');
  const child = spawn('java', ['-jar', builtJar(), '--spring.profiles.active=demo',
    `--server.port=${port}`, `--spring.datasource.url=jdbc:h2:file:${database}`], {
    stdio: ['ignore', log, log],
  });
  let exited = null;
  child.on('exit', (code) => { exited = code; });
  const url = `http://localhost:${port}/engine-rest/filter/count`;
  const demoUser = { Authorization: `Basic ${Buffer.from('peksos.magetan:demo').toString('base64')}` };
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited !== null) {
      throw new Error(`the application stopped (exit ${exited}); see ${out}/application.log`);
    }
    const filters = await fetch(url, { headers: demoUser })
      .then((response) => (response.ok ? response.json() : { count: 0 }), () => ({ count: 0 }));
    if (filters.count >= 4) {
      return { url: `http://localhost:${port}`, stop: () => stop(child) };
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  await stop(child);
  throw new Error(`the application did not answer on ${url} within ${READY_TIMEOUT_MS / 1000} s`);
}

function stop(child) {
  if (child.exitCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    child.on('exit', resolve);
    child.kill('SIGTERM');
  });
}
