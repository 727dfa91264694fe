// The icon is inline, so the page requests nothing that answers 404.
export const metadata = { title: 'isomer-blocks in Next.js', icons: { icon: 'data:,' } };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
