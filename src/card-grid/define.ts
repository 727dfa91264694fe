import { IsomerCardGrid } from './card-grid.js';

IsomerCardGrid.define('isomer-card-grid');

export { IsomerCardGrid };
