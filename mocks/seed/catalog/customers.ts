import type { Segment } from './customer-segments.ts';

/** A customer of the installed base, before it gets a number. */
export interface CustomerEntry {
  segment: Segment;
  name: string;
  name2: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  phone: string;
  /** The customer's e-mail addresses; empty when the customer gave none. */
  emails: readonly string[];
  language: 'D' | 'E';
}

// segment | NAME1 | NAME2 | street | postal code | city | country | phone | e-mails (comma) | SPRAS
const CUSTOMER_LINES = [
  'cafe|Café Elbkind||Övelgönne 12|22605|Hamburg|DE|+49 40 8802214|info@cafe-elbkind.de|D',
  "cafe|O'Brien's Pub|Irish Pub & Kitchen|Hans-Albers-Platz 3|20359|Hamburg|DE|+49 40 3198870|pub@obriens-hamburg.de|E",
  'hotel|Hanseatic Harbour Hotels GmbH|Zentrale Technik|Am Sandtorkai 41|20457|Hamburg|DE|+49 40 7003300|technik@harbour-hotels.de,einkauf@harbour-hotels.de|D',
  'hospital|Klinikum Elbufer gGmbH|Medizintechnik|Lohmühlenweg 18|22087|Hamburg|DE|+49 40 2889000|medtech@klinikum-elbufer.de|D',
  'utility|Stadtwerke Lüneburg-Heide GmbH|Wasserwerk Nord|Am Wasserturm 7|21337|Lüneburg|DE|+49 4131 4420|betrieb@sw-lueneburg-heide.de|D',
  'property|Nordkontor Immobilienverwaltung|Objektbetreuung|Ballindamm 27|20095|Hamburg|DE|+49 40 3260410|objekte@nordkontor-immo.de|D',
  'brewery|Brauerei Kühnlein KG||Brauhausweg 5|24103|Kiel|DE|+49 431 9712200|technik@kuehnlein-brau.de|D',
  'food|Fischfeinkost Wattenmeer GmbH|Werk Cuxhaven|Neufelder Straße 33|27472|Cuxhaven|DE|+49 4721 55870|instandhaltung@wattenmeer-fisch.de|D',
  'laboratory|LaborNord Diagnostik GmbH||Grandweg 64|22529|Hamburg|DE|+49 40 4600120|geraete@labornord.de|D',
  'clinic|Dialysezentrum Alsterufer|Dr. med. H. Petersen|Harvestehuder Weg 88|20149|Hamburg|DE|+49 40 4135670||D',
  'hospital|Kreiskrankenhaus Wesermarsch||Krankenhausstraße 14|26919|Brake|DE|+49 4401 1050|technik@kkh-wesermarsch.de|D',
  'cafe|Kaffeerösterei Speicherstadt||Kehrwieder 4|20457|Hamburg|DE|+49 40 5370110|hallo@roesterei-speicher.de|D',
  'hotel|Ostseehotel Strandperle||Strandpromenade 21|23669|Timmendorfer Strand|DE|+49 4503 60080|rezeption@strandperle-ostsee.de|D',
  'property|Weser Wohnbau eG|Technisches Gebäudemanagement|Contrescarpe 45|28195|Bremen|DE|+49 421 3384000|gebaeude@weser-wohnbau.de|D',
  'food|Heidjer Molkerei eG||Molkereistraße 9|29614|Soltau|DE|+49 5191 97300|technik@heidjer-molkerei.de|D',
  'utility|Stadtwerke Bremerhaven-Geest||Hafenstraße 112|27576|Bremerhaven|DE|+49 471 4830|leitstelle@swbg.de|D',
  'hospital|Medizinisches Zentrum Leine|Abteilung Medizintechnik|Podbielskistraße 301|30655|Hannover|DE|+49 511 9060|medizintechnik@mz-leine.de,einkauf@mz-leine.de|D',
  'cafe|Café Fräulein Grün||Lange Reihe 63|20099|Hamburg|DE|+49 40 2805533||D',
  'brewery|Trave-Bräu GmbH||An der Untertrave 70|23552|Lübeck|DE|+49 451 7077400|brauerei@trave-braeu.de|D',
  'laboratory|BioAnalytik Göttingen GmbH||Robert-Koch-Straße 40|37075|Göttingen|DE|+49 551 3894100|service@bioanalytik-goe.de|D',
  'property|Alster Arkaden Center Management|Einkaufszentrum|Jungfernstieg 16|20354|Hamburg|DE|+49 40 3501770|center@alster-arkaden.de|D',
  'food|Norddeutsche Backwaren AG|Werk Rostock|Am Fischereihafen 20|18069|Rostock|DE|+49 381 8101500|werk.rostock@nd-backwaren.de|D',
  'clinic|Praxisklinik am Stadtpark|Ambulantes OP-Zentrum|Saarlandstraße 30|22303|Hamburg|DE|+49 40 2716900|op-zentrum@praxisklinik-stadtpark.de|D',
  'hospital|Spreeklinikum Köpenick gGmbH||Müggelheimer Straße 55|12555|Berlin|DE|+49 30 6545000|technik@spreeklinikum.de|D',
  'cafe|Kaffeehaus Morgenrot||Kastanienallee 85|10435|Berlin|DE|+49 30 44317620|team@kaffeehaus-morgenrot.de|D',
  'utility|Dortmunder Wasserverbund GmbH|Pumpwerke|Deggingstraße 40|44141|Dortmund|DE|+49 231 5440|pumpwerke@dowav.de|D',
  'hotel|Domblick Hotel Köln||Trankgasse 15|50667|Köln|DE|+49 221 1630900|haustechnik@domblick-hotel.de|D',
  'laboratory|Rheinlabor Düsseldorf GmbH||Merowingerstraße 75|40225|Düsseldorf|DE|+49 211 9366800|labor@rheinlabor.de|D',
  'cafe|Kaffeehaus Viktualia||Viktualienmarkt 6|80331|München|DE|+49 89 24231180|servus@viktualia-kaffee.de|D',
  'hotel|Alpenhof Hotelgruppe AG|Zentraleinkauf Technik|Maximilianstraße 33|80539|München|DE|+49 89 2900880|technik@alpenhof-hotels.de|D',
  'hospital|Klinikum Isartal|Medizintechnik|Isarauen 12|81547|München|DE|+49 89 6210000|medtech@klinikum-isartal.de|D',
  'utility|Innwerke Wasserburg GmbH||Innlände 4|83512|Wasserburg am Inn|DE|+49 8071 9120|netze@innwerke-wasserburg.de|D',
  'brewery|Brauerei Schönthaler GmbH & Co. KG||Klosterberg 3|94032|Passau|DE|+49 851 9667200|technik@schoenthaler.de|D',
  'brewery|Ammerseer Klosterbräu GmbH||Klosterstraße 1|82211|Herrsching|DE|+49 8152 93400|brauerei@ammerseer-klosterbraeu.de|D',
  'food|Allgäuer Käsewerk GmbH|Werk Immenstadt|Kemptener Straße 60|87509|Immenstadt|DE|+49 8323 99100|werk@allgaeuer-kaesewerk.de|D',
  'laboratory|Biolab Martinsried GmbH|Facility Management|Am Klopferspitz 19|82152|Planegg|DE|+49 89 8574400|facility@biolab-martinsried.de|E',
  'property|Südhaus Immobilien Management|Hausverwaltung|Leopoldstraße 144|80804|München|DE|+49 89 3839020|service@suedhaus-immo.de|D',
  'clinic|Dialysepraxis Nürnberg-Nord||Pirckheimerstraße 70|90409|Nürnberg|DE|+49 911 3661440|praxis@dialyse-nbg-nord.de|D',
  'hospital|Frankenklinik Würzburg|Medizintechnik|Röntgenring 21|97070|Würzburg|DE|+49 931 7960|technik@frankenklinik.de|D',
  'cafe|Café am Perlachberg||Perlachberg 2|86150|Augsburg|DE|+49 821 5089140||D',
  'hotel|Neckarblick Hotel Stuttgart||Königstraße 51|70173|Stuttgart|DE|+49 711 2284500|technik@neckarblick-hotel.de|D',
  'property|Mainhattan Tower Services GmbH|Facility Management|Taunusanlage 21|60325|Frankfurt am Main|DE|+49 69 9714520|fm@mainhattan-tower.de|E',
  'laboratory|Hessenlab Medizinische Labore|Gerätetechnik|Theodor-Stern-Kai 7|60596|Frankfurt am Main|DE|+49 69 6300810|technik@hessenlab.de|D',
  'food|Badische Fruchtsaft GmbH|Werk Bühl|Industriestraße 18|77815|Bühl|DE|+49 7223 80440|werk.buehl@badische-fruchtsaft.de|D',
  'cafe|Kaffeehaus Wiener Melange||Schönlaterngasse 9|1010|Wien|AT|+43 1 5128840|office@wiener-melange.at|D',
  'hospital|Donauklinikum Linz|Medizintechnik|Krankenhausstraße 9|4020|Linz|AT|+43 732 78060|medizintechnik@donauklinikum.at|D',
  'hotel|Hotel Salzachblick||Rudolfskai 28|5020|Salzburg|AT|+43 662 8430|technik@salzachblick.at|D',
  'property|Grätzl Hausverwaltung GmbH||Mariahilfer Straße 120|1070|Wien|AT|+43 1 5232210|technik@graetzl-hv.at|D',
  'utility|Tiroler Wasserwerke GmbH|Pumpstation Mühlau|Salurner Straße 11|6020|Innsbruck|AT|+43 512 5020||D',
  'brewery|Brauhaus Steirerquell||Brauhausgasse 3|8020|Graz|AT|+43 316 7094|technik@steirerquell.at|D',
  'cafe|Koffiebar De Kade||Wijnhaven 55|3011 WJ|Rotterdam|NL|+31 10 4127730|hallo@koffiebardekade.nl|E',
  'hotel|Maasstad Hotels B.V.|Facilitair bedrijf|Boompjes 510|3011 XZ|Rotterdam|NL|+31 10 2065500|facilitair@maasstadhotels.nl|E',
  'hospital|Ziekenhuis Maasoever|Medische Techniek|Oeverweg 100|3079 DZ|Rotterdam|NL|+31 10 2911911|medtech@maasoever.nl|E',
  'utility|Drinkwaterbedrijf Hollandse Delta|Pompstation Kralingen|Schaardijk 150|3063 NH|Rotterdam|NL|+31 10 2935000|storingen@dw-hollandsedelta.nl|E',
  'property|Erasmus Vastgoedbeheer B.V.||Coolsingel 40|3011 AD|Rotterdam|NL|+31 10 4003300|beheer@erasmusvastgoed.nl|E',
  "brewery|Brouwerij De Drie Molens||Molenstraat 12|5211 RT|'s-Hertogenbosch|NL|+31 73 6123400|brouwerij@driemolens.nl|E",
  'food|Zeeuwse Mosselhandel B.V.||Havenweg 8|4401 NN|Yerseke|NL|+31 113 571900|techniek@zeeuwsemossel.nl|E',
  'laboratory|Delft Analytical Laboratories|Instrument Service|Mekelweg 90|2629 JD|Delft|NL|+31 15 2801100|service@delftlabs.nl|E',
  'clinic|Dialysecentrum Leiden||Rijnsburgerweg 33|2334 BA|Leiden|NL|+31 71 5119900||E',
  'cafe|Grand Café Het Spui||Spui 18|1012 XA|Amsterdam|NL|+31 20 6238800|info@grandcafehetspui.nl|E',
  'hotel|Canal House Hotels Amsterdam||Herengracht 341|1016 AZ|Amsterdam|NL|+31 20 5301900|maintenance@canalhousehotels.nl|E',
  'property|Zuidas Office Management B.V.||Gustav Mahlerlaan 300|1082 ME|Amsterdam|NL|+31 20 7941200|fm@zuidas-office.nl|E',
  'hospital|Algemeen Ziekenhuis Scheldeland|Medische Technologie|Kennedylaan 14|2020|Antwerpen|BE|+32 3 2305000|medtech@az-scheldeland.be|E',
  'cafe|Brasserie Le Grand Sablon||Rue de Rollebeek 7|1000|Bruxelles|BE|+32 2 5123370|contact@legrandsablon.be|E',
  'food|Chocolaterie Vandenbroucke N.V.||Industrielaan 22|9000|Gent|BE|+32 9 2251400|techniek@vdbchoc.be|E',
  'laboratory|Leuven BioScience Labs||Kapucijnenvoer 35|3000|Leuven|BE|+32 16 3320000|lab@lbsl.be|E',
  'brewery|Brouwerij Sint-Arnoldus||Abdijstraat 4|8000|Brugge|BE|+32 50 339900||E',
  'property|Kirchberg Facility Services|Tour B|Avenue John F. Kennedy 44|1855|Luxembourg|LU|+352 4250 3300|fm@kirchberg-fs.lu|E',
  'clinic|Nierenzentrum Wien-Döbling|Dialysestation|Billrothstraße 78|1190|Wien|AT|+43 1 3604410|dialyse@nierenzentrum-doebling.at|D',
  'hotel|Hotel Zur Alten Mühle|Familie Bäumler|Mühlenweg 2|91541|Rothenburg ob der Tauber|DE|+49 9861 97770||D',
] as const;

/** Parses one catalogue line into a customer entry. */
function parseCustomerLine(line: string): CustomerEntry {
  const [segment, name, name2, street, postalCode, city, country, phone, emails, language] =
    line.split('|');
  if (language !== 'D' && language !== 'E') throw new Error(`bad customer line: ${line}`);
  return {
    segment: segment as Segment,
    name: name ?? '',
    name2: name2 ?? '',
    street: street ?? '',
    postalCode: postalCode ?? '',
    city: city ?? '',
    country: country ?? '',
    phone: phone ?? '',
    emails: emails ? emails.split(',') : [],
    language,
  };
}

/** The customers of the installed base, in customer-number order. */
export const CUSTOMERS: readonly CustomerEntry[] = CUSTOMER_LINES.map(parseCustomerLine);
