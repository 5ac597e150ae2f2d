import { pmoTypes } from "@/lib/pmo-types/data";

/** The PMO types as select options; kept on the server so the client form does not carry the whole data set. */
export const pmoTypeOptions = (): [string, string][] => pmoTypes.map((type) => [type.slug, type.name]);
