import { ProjectError } from '../core/projectError';
import { appVersion } from '../core/appVersion';
import type { CliOutput } from './cliOutput';
import { UsageError } from './cliOutput';
import { commentsCommand } from './commentsCommand';
import { diffCommand } from './diffCommand';
import { exportDocxCommand } from './exportDocxCommand';
import { exportSubmissionCommand } from './exportSubmissionCommand';
import { importCommentsCommand } from './importCommentsCommand';
import { importDocxCommand } from './importDocxCommand';
import { infoCommand } from './infoCommand';
import { iterateCommand } from './iterateCommand';
import { iterationsCommand } from './iterationsCommand';
import { newCommand } from './newCommand';
import { showCommand } from './showCommand';

const help = `Usage: cts <command> [options]

The command line of Common Text Studio: works on project files (.ctproj) without the app.

Commands:
  new <file> --title "<title>" [--itu X.500] [--iso 9594-1]   create a project
  info <file> [--json]                                        describe a project
  show <file> [--language en] [--format text|json|outline]    print a master, numbered as published
  import-docx <project> <file.docx> [--language en] [--json]  import a Word document as a master; print the report
  iterate <project> --label "<label>" [--date YYYY-MM-DD] [--number N1234] [--editor "<name>"]
                                                              save an iteration: freeze every master, dated
  iterations <project> [--json]                               list the iterations, newest first
  diff <project> <from> <to> [--json]                         the changes between two iterations or "working"
  export-docx <project> --out <file.docx> [--iteration K] [--marks-since K] [--marks-style revisions|visible]
                                                              write a master as a Word document, clean or with change marks
  export-submission <project> --out <folder> [--marks-since K]
                                                              write the submission package (folder and ZIP)
  import-comments <project> <sheet> [--ballot "<name>"] [--json]
                                                              import a comment sheet (.docx, .xlsx, .csv)
  comments <project> [--member US] [--type te] [--clause 6] [--decision none] [--status open] [--text …] [--json]
                                                              list the comments that meet the filters

Run "cts <command> --help" for a command's options. "cts --version" prints the version.
`;

const commands: Readonly<Record<string, (args: readonly string[], output: CliOutput) => number | Promise<number>>> = {
  new: newCommand,
  info: infoCommand,
  show: showCommand,
  'import-docx': importDocxCommand,
  iterate: iterateCommand,
  iterations: iterationsCommand,
  diff: diffCommand,
  'export-docx': exportDocxCommand,
  'export-submission': exportSubmissionCommand,
  'import-comments': importCommentsCommand,
  comments: commentsCommand,
};

/** Runs one command line and returns the exit code: 0 done, 1 failed, 2 wrong usage. */
export async function runCli(argv: readonly string[], output: CliOutput): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    output.out.write(help);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    output.out.write(`${appVersion}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    output.err.write(`cts: there is no command “${name}”.\n\n${help}`);
    return 2;
  }
  try {
    return await Promise.resolve(command(args, output));
  } catch (error) {
    if (error instanceof UsageError) {
      output.err.write(`cts ${name}: ${error.message}\n\n${error.help}`);
      return 2;
    }
    if (error instanceof ProjectError) {
      output.err.write(`cts ${name}: ${error.message}\n`);
      return 1;
    }
    output.err.write(`cts ${name}: an unexpected problem stopped the command: ${(error as Error).message}\n`);
    return 1;
  }
}
