// Entry of the `cts` command. better-sqlite3 13 needs Node 22 or newer (under Node 20 its
// binary crashes), so the version is checked before anything loads it.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  process.stderr.write(`cts needs Node.js 22 or newer; this is Node.js ${process.versions.node}. Install Node.js 22 and try again.\n`);
  process.exit(1);
}

// A reader that stops early (`cts diff … | head`) closes the pipe: that ends the command, quietly,
// as it does for other command-line tools, instead of an unhandled EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

void import('./runCli').then(async ({ runCli }) => {
  process.exitCode = await runCli(process.argv.slice(2), { out: process.stdout, err: process.stderr });
});
