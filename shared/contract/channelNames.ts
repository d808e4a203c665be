/**
 * The name of every call the renderer can make of main. Kept apart from the contract's schemas
 * so the preload can list them without loading zod; contract.ts must declare exactly these.
 */
export const channelNames = [
  'app.info',
  'project.create',
  'project.open',
  'project.close',
  'project.current',
  'project.updateMetadata',
  'project.createFromWord',
  'masters.add',
  'masters.get',
  'masters.save',
  'masters.importWord',
  'iterations.list',
  'iterations.save',
  'iterations.master',
  'iterations.restore',
  'changes.base',
  'changes.accept',
  'export.suggestedName',
  'export.master',
  'export.submission',
  'recent.list',
  'recent.remove',
  'dialog.chooseProjectToOpen',
  'dialog.chooseNewProjectPath',
  'dialog.chooseWordDocument',
  'dialog.chooseExportPath',
  'dialog.chooseExportFolder',
  'dialog.chooseTemplate',
] as const;

export type ChannelName = (typeof channelNames)[number];
