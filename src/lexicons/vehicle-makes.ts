/**
 * Model years: a year written right before "model", or between a determiner and a vehicle make
 * ("a 1996 Chevrolet pickup", "1987 model cars"), names a vehicle, not a time; it dates no event
 * and recalls no history. ("In 1987 Ford sold ..." is a year, with no determiner before it; so is
 * "the 1987 model year", a span of time.)
 */
const MAKE =
  /^\s*(?:Chevrolet|Chevy|Ford|Toyota|Honda|Dodge|Nissan|GMC|Buick|Pontiac|Jeep|Chrysler|Mercury|Lincoln|Cadillac|BMW|Mercedes(?:-Benz)?|Volkswagen|VW|Hyundai|Kia|Mazda|Subaru|Oldsmobile|Plymouth|Saturn|Lexus|Acura|Infiniti|Volvo|Audi|Porsche|Jaguar|Harley(?:-Davidson)?|Yamaha|Kawasaki|Suzuki|Mitsubishi|Isuzu)\b/;

/** Whether the year between `before` and `after` is a model year. */
export function isModelYear(before: string, after: string): boolean {
  return (
    /^\s*model\b(?!\s+years?\b)/i.test(after) ||
    (MAKE.test(after) && /\b(?:a|an|the|his|her|their|its|my|our|your)\s+$/i.test(before))
  );
}
