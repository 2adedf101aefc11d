import { defineMessages, type KeysOf } from '../../kernel/catalogue.js';

/** What the bot says about files: waiting for one, not expecting one, and each limit a file can break. */
export const fileMessages = defineMessages({
  'file.sendSpreadsheet': {
    'zh-CN': '请在 {minutes} 分钟内把 .xlsx 表格(快团团 / 群接龙导出的)发到这里。',
    en: 'Please send the .xlsx file (the 快团团 / 群接龙 export) here within {minutes} minutes.',
  },
  'file.sendDocument': {
    'zh-CN': '请在 {minutes} 分钟内把文件发到这里。',
    en: 'Please send the file here within {minutes} minutes.',
  },
  'file.notExpected': {
    'zh-CN': '收到文件「{file}」,但现在没有要用文件的事。导入团购请先发 /导入团购,补团购资料请先发 /团购资料 团号 资料名,再发文件。',
    en: 'I got the file "{file}", but nothing is waiting for a file now. To import a group-buy send /gbimport first; to add a document send /gbdoc <number> <document> first; then the file.',
  },
  'file.whatFor': {
    'zh-CN': '收到文件「{file}」。这是做什么用的?{minutes} 分钟内发下面的命令,我就用这个文件:\n{uses}',
    en: 'I got the file "{file}". What is it for? Send one of these within {minutes} minutes and I will use it:\n{uses}',
  },
  'file.tooBig': {
    'zh-CN': '文件「{file}」太大了(超过 {mb} MB),没有读取。请发导出的原表格。',
    en: 'The file "{file}" is too big (over {mb} MB) and was not read. Please send the export as it came.',
  },
  'file.unpacksTooBig': {
    'zh-CN': '文件「{file}」解压后太大(超过 {mb} MB),没有读取。请发导出的原表格。',
    en: 'The file "{file}" unpacks to more than {mb} MB and was not read. Please send the export as it came.',
  },
  'file.tooManyRows': {
    'zh-CN': '表格「{file}」超过 {limit} 行,没有读取。请分成几个文件发。',
    en: 'The sheet "{file}" has more than {limit} rows and was not read. Please send it as several files.',
  },
  'file.tooManyCells': {
    'zh-CN': '表格「{file}」的内容太多(超过 {limit} 格),没有读取。请只导出需要的列。',
    en: 'The sheet "{file}" has too much in it (over {limit} cells) and was not read. Please export only the columns needed.',
  },
  'file.cellTooLong': {
    'zh-CN': '表格「{file}」里有一格超过 {limit} 个字,没有读取。请检查后再发。',
    en: 'A cell of the sheet "{file}" holds more than {limit} characters; the file was not read. Please check it and send it again.',
  },
  'file.unreadable': {
    'zh-CN': '打不开文件「{file}」,没有读取。',
    en: 'The file "{file}" cannot be opened and was not read.',
  },
  'file.lost': {
    'zh-CN': '没能收到文件「{file}」,请再发一次。',
    en: 'The file "{file}" did not come through. Please send it again.',
  },
});

declare module '../../kernel/catalogue.js' {
  interface MessageKeys extends KeysOf<typeof fileMessages> {}
}
