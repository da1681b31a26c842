// n8n's verification scan, both legs, offline (@n8n/scan-community-package is ESM-only, and jest runs these tests as
// CommonJS). Its `analyzePackageByName` downloads the published tarball and the provenance-attested source from the
// registry and GitHub; this runs the same two `analyzePackage` calls on local folders instead.
// Reads {sourceDir, packedDir} as JSON on stdin and prints {source, tarball}, each the scanner's result, as JSON.
import { analyzePackage, SOURCE_FILE_PATTERNS } from '@n8n/scan-community-package/scanner/scanner.mjs';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { sourceDir, packedDir } = JSON.parse(input);
// The same patterns as analyzePackageByName's two legs: the package's own sources, then what the tarball ships.
const source = await analyzePackage(sourceDir, SOURCE_FILE_PATTERNS);
const tarball = await analyzePackage(packedDir, ['**/*.js', 'package.json']);
const plain = ({ passed, message, details }) => ({ passed, message, details });
process.stdout.write(JSON.stringify({ source: plain(source), tarball: plain(tarball) }));
