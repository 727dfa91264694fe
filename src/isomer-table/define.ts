import { IsomerTable } from './isomer-table.js';

IsomerTable.define('isomer-table');

export { IsomerTable };
