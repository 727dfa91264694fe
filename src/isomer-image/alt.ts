/** Why an image's `alt` tells a reader nothing: there is none, or it is a generic word or a file name. */
export type AltProblem = 'missing-alt' | 'generic-alt';

/**
 * Words that say an image is an image and nothing more ("Image", "Divider", "photo 2"), in the four
 * languages, and camera or upload file names ("IMG_1234.jpg", "DSC0042", "banner.png").
 */
const generic =
  /^(?:(?:an? )?(?:image|img|picture|pic|photo|photograph|graphic|divider|spacer|banner|logo|icon|screenshot|placeholder|untitled|图片|图像|照片|gambar|imej|foto|படம்)(?:[\s_-]*\d+)?|(?:img|dsc[nf]?|pxl|image|photo|screenshot)[\s_-]?\d[\w-]*(?:\.\w{3,4})?|\S+\.(?:jpe?g|png|gif|webp|svg|avif|bmp|tiff?|heic))$/i;

/**
 * What is wrong with an image's `alt`, or `undefined` when it is fine: `alt=""` is fine (a
 * decorative image), a missing `alt` is not (screen readers read the file name instead).
 */
export function altProblem(alt: string | null): AltProblem | undefined {
  if (alt === null) return 'missing-alt';
  return generic.test(alt.trim()) ? 'generic-alt' : undefined;
}
