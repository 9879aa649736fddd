export { embedUnicodeFonts, latinFacesCover, type UnicodeFonts, type FontRun, type FontWeight, type DrawUnicodeTextOptions } from './embed-unicode-fonts';
export { wrapText } from './wrap-text';
