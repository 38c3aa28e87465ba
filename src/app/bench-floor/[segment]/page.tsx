import BenchFloor from "../page";

// The bare page of /bench-floor under a dynamic segment and with the public pages' revalidation: what Next's handling
// of such a route costs per request, whatever the page holds (bench/public-pages.mjs, row "(a')").
export const revalidate = 300;
export const dynamicParams = false;
export const generateStaticParams = () => [{ segment: "isr" }];

export default BenchFloor;
