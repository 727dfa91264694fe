/** The version of isomer-blocks; kept equal to package.json by a test. */
export const version: string = '0.1.0';
