// Run as a separate process by the write-lock tests: opens a project for writing, says
// "ready", and keeps it open until killed.
import { ProjectFile } from '../../electron/core/project/projectFile';

const file = process.argv[2];
if (!file) throw new Error('Give the project path.');
const project = ProjectFile.open(file, { program: 'lock-holder test process', access: 'write' });
process.stdout.write(project.readOnly ? `read-only ${project.readOnly.message}\n` : 'ready\n');
setInterval(() => undefined, 60_000);
