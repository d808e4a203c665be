import { parseArgs } from 'node:util';
import type { Comment, CommentFilter } from '../../shared/domain/comment';
import { commentStatuses, commentTypes, decisionNames, decisions } from '../../shared/domain/comment';
import { appVersion } from '../core/appVersion';
import { ProjectFile } from '../core/project/projectFile';
import type { CliOutput } from './cliOutput';
import { UsageError } from './cliOutput';

export const commentsHelp = `Usage: cts comments <project> [--ballot "<name>"] [--member US] [--type ge|te|ed] [--clause 6]
                    [--decision <decision>|none] [--status open|proposed|agreed] [--assignee "<name>"]
                    [--text "<words>"] [--json]

Lists the comments of the project that meet every filter given, one per line: identifier, member,
clause, type, decision and status, and the start of the comment. --clause 6 lists clause 6 and its
subclauses. Decisions: ${decisions.join(', ')}. Opens the project read-only.

Options:
  --json      print the comments as JSON
  -h, --help  show this help
`;

export function commentsCommand(args: readonly string[], output: CliOutput): number {
  const { values, positionals } = parse(args);
  if (values.help) {
    output.out.write(commentsHelp);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file) throw new UsageError('Name the project file to list the comments of.', commentsHelp);
  if (extra.length > 0) throw new UsageError(`Unexpected argument “${extra[0]}”.`, commentsHelp);
  const filter = filterOf(values);
  const project = ProjectFile.open(file, { program: `cts ${appVersion} (command line)`, access: 'read' });
  let comments: Comment[];
  try {
    comments = project.comments(filter);
  } finally {
    project.close();
  }
  if (values.json) {
    output.out.write(`${JSON.stringify(comments, null, 2)}\n`);
    return 0;
  }
  output.out.write(`${comments.length} comment${comments.length === 1 ? '' : 's'}\n`);
  for (const comment of comments) {
    const decision = comment.decision ? decisionNames[comment.decision] : 'no decision';
    const text = comment.comment.replace(/\s+/g, ' ');
    output.out.write(
      `${comment.identifier}\t${comment.memberBody}\t${comment.clause || '–'}\t${comment.types.join('/') || '–'}\t${decision}, ${comment.status}\t${text.length > 80 ? `${text.slice(0, 79)}…` : text}\n`,
    );
  }
  return 0;
}

function filterOf(values: ReturnType<typeof parse>['values']): CommentFilter {
  const oneOf = <T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | undefined => {
    if (value === undefined) return undefined;
    const lower = value.toLowerCase() as T;
    if (!allowed.includes(lower)) throw new UsageError(`--${option} is one of ${allowed.join(', ')}, not “${value}”.`, commentsHelp);
    return lower;
  };
  return {
    ...(values.ballot !== undefined ? { ballot: values.ballot } : {}),
    ...(values.member ? { memberBody: values.member } : {}),
    ...(values.type ? { type: oneOf('type', values.type, commentTypes) } : {}),
    ...(values.clause ? { clause: values.clause } : {}),
    ...(values.decision ? { decision: oneOf('decision', values.decision, [...decisions, 'none'] as const) } : {}),
    ...(values.status ? { status: oneOf('status', values.status, commentStatuses) } : {}),
    ...(values.assignee !== undefined ? { assignee: values.assignee } : {}),
    ...(values.text ? { text: values.text } : {}),
  };
}

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        ballot: { type: 'string' },
        member: { type: 'string' },
        type: { type: 'string' },
        clause: { type: 'string' },
        decision: { type: 'string' },
        status: { type: 'string' },
        assignee: { type: 'string' },
        text: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message, commentsHelp);
  }
}
