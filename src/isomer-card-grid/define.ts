import { IsomerCardGrid } from './isomer-card-grid.js';

IsomerCardGrid.define('isomer-card-grid');

export { IsomerCardGrid };
