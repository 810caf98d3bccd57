// npm run lines: the lines of TypeScript code in src/ and build/, outside the guide's data
// (src/content/), without comments or blank lines. `-- --files` lists them by file, largest first.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const files = execSync('git ls-files src build', { encoding: 'utf8' })
  .split('\n')
  .filter((file) => /\.tsx?$/.test(file) && !file.startsWith('src/content/'));

/** Lines of code and lines of comments (a line with code on it counts as code). */
function count(text) {
  let code = 0;
  let comments = 0;
  let inComment = false;
  for (const line of text.split('\n').map((raw) => raw.trim())) {
    if (line === '') continue;
    if (inComment || line.startsWith('//') || line.startsWith('/*')) {
      comments += 1;
      if (line.startsWith('/*')) inComment = true;
      if (line.includes('*/')) inComment = false;
    } else code += 1;
  }
  return { code, comments };
}

const rows = files.map((file) => ({ file, ...count(readFileSync(file, 'utf8')) })).sort((a, b) => b.code - a.code);
if (process.argv.includes('--files')) for (const { file, code } of rows) console.log(String(code).padStart(5), file);
const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
console.log(`${sum('code')} lines of code, ${sum('comments')} of comments, in ${rows.length} files`);
