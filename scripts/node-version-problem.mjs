// Whether a Node.js version is too old for Copydesk, as the one sentence to print, or null.
// The needed major comes from package.json's engines (">=24"), the one place it is written.

/** @param {string} version e.g. "20.19.2" @param {string} engines e.g. ">=24" @returns {string | null} */
export function nodeVersionProblem(version, engines) {
  const needed = Number(/^>=\s*(\d+)/u.exec(engines)?.[1]);
  const major = Number(version.replace(/^v/u, '').split('.')[0]);
  if (!Number.isInteger(needed) || !Number.isInteger(major) || major >= needed) return null;
  return `Copydesk needs Node.js ${needed} or newer, but this is Node.js ${version.replace(/^v/u, '')}: install Node.js ${needed} LTS and run the command again.`;
}
