// Placeholder while this page is being built (issue 4); replaced by the page itself before the issue closes.
export default function Page() {
  return <p>The import page is being built.</p>;
}
