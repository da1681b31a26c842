// n8n's verification scan, both legs, offline (@n8n/scan-community-package is ESM-only: see ../esm-child.ts). Its
// `analyzePackageByName` downloads the published tarball and the provenance-attested source from the registry and
// GitHub; this runs the same two `analyzePackage` calls on local folders instead.
// Answers {sourceDir, packedDir} with {source, tarball}, each the scanner's result.
import { analyzePackage, SOURCE_FILE_PATTERNS } from '@n8n/scan-community-package/scanner/scanner.mjs';
import { answerStdin } from '../esm-child-io.mjs';

await answerStdin(async ({ sourceDir, packedDir }) => {
  // The same patterns as analyzePackageByName's two legs: the package's own sources, then what the tarball ships.
  const source = await analyzePackage(sourceDir, SOURCE_FILE_PATTERNS);
  const tarball = await analyzePackage(packedDir, ['**/*.js', 'package.json']);
  const plain = ({ passed, message, details }) => ({ passed, message, details });
  return { source: plain(source), tarball: plain(tarball) };
});
