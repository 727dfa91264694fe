import { IsomerImage } from './isomer-image.js';

IsomerImage.define('isomer-image');

export { IsomerImage };
