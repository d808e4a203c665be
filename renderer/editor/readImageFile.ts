/** The largest image a figure takes in: a master is saved whole, and a page-sized drawing is far below this. */
export const maxImageBytes = 20 * 1024 * 1024;

const acceptedTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/svg+xml', 'image/webp'];

/** Reads an image file as a data: URL for a figure, or says why it cannot be used. */
export async function readImageFile(file: File): Promise<{ src: string; alt: string }> {
  if (!acceptedTypes.includes(file.type)) {
    throw new Error(`“${file.name}” is not an image the editor can show. Use a PNG, JPEG, GIF, SVG or WebP file.`);
  }
  if (file.size > maxImageBytes) {
    throw new Error(`“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; a figure can be at most 20 MB.`);
  }
  const src = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error(`“${file.name}” could not be read.`));
    reader.readAsDataURL(file);
  });
  return { src, alt: file.name.replace(/\.[^.]+$/, '') };
}
