// The first line of a file that travels without its package's LICENSE (a CDN's default file, a
// self-hosted script-tag bundle): MIT asks that every copy carry its notice.
import {readFileSync} from 'node:fs';

/**
 * A legal comment naming the package at `packageDir` (a file URL ending in "/"), its version, its
 * copyright line and where the full licence is; `covers` says what else that file holds.
 */
export function licenceBanner(packageDir, covers = '') {
  const {name, version} = JSON.parse(readFileSync(new URL('package.json', packageDir), 'utf8'));
  const license = readFileSync(new URL('LICENSE', packageDir), 'utf8');
  const copyright = /^Copyright .*$/m.exec(license)?.[0];
  return `/*! ${name} ${version} | ${copyright} | MIT License${covers}: https://unpkg.com/${name}@${version}/LICENSE */`;
}
