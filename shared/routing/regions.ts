/** AWS regions located in EU member states. London and Zurich are deliberately absent. */
export const EU_MEMBER_STATE_REGIONS: ReadonlySet<string> = new Set([
  'eu-central-1', // Frankfurt, Germany
  'eu-north-1', // Stockholm, Sweden
  'eu-south-1', // Milan, Italy
  'eu-south-2', // Aragon, Spain
  'eu-west-1', // Ireland
  'eu-west-3', // Paris, France
]);

/** True when data processed in `region` stays in an EU member state. */
export const isEuMemberRegion = (region: string): boolean => EU_MEMBER_STATE_REGIONS.has(region);

/** Marker for a global profile's destinations: any commercial region, opt-in ones included. */
export const ANY_COMMERCIAL_REGION = '*';
