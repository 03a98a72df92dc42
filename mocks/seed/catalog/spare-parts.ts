import type { MachineKind } from './machine-kinds.ts';

/** How fast a part is used up, which drives its reorder point and lead time. */
export type Turnover = 'fast' | 'medium' | 'slow';

/** A family of spare parts; each variant becomes one material. */
export interface SparePartFamily {
  en: string;
  de: string;
  /** Material group (MATKL). */
  group: string;
  /** Base unit (MEINS, internal): 'ST' piece, 'L' litre, 'M' metre, 'KG'. */
  unit: 'ST' | 'L' | 'M' | 'KG';
  turnover: Turnover;
  kinds: readonly MachineKind[];
  /** Variant suffixes, English and German; a family without variants is one material. */
  variants: readonly (readonly [string, string])[];
}

/** Shorthands for kind lists that many families share. */
const KIND_GROUPS: Readonly<Record<string, readonly MachineKind[]>> = {
  PUMPS: ['centrifugal-pump', 'dosing-pump'],
  LIFTS: ['passenger-elevator', 'freight-elevator'],
  COOLING: ['refrigeration', 'hvac-chiller'],
};

const UNITS = ['ST', 'L', 'M', 'KG'] as const;
const TURNOVERS = ['fast', 'medium', 'slow'] as const;

// English | German | MATKL | MEINS | turnover | kinds (comma or shorthand) | variants: 'en=de' or
// 'same' separated by ';' (empty: the family is a single material)
const FAMILY_LINES = [
  // Coffee machines
  'Grinder burr set|Mahlscheibensatz|SP-MECH|ST|medium|coffee|64 mm flat=64 mm flach;75 mm flat=75 mm flach;38 mm conical=38 mm konisch',
  'Brew group seal kit|Dichtungssatz Brühgruppe|SP-SEAL|ST|fast|coffee|ESP-3000;ESP-1500',
  'Group head gasket|Siebträgerdichtung|SP-SEAL|ST|fast|coffee|8.5 mm=8,5 mm;9 mm',
  'Shower screen|Duschsieb|SP-MECH|ST|fast|coffee|58 mm;61 mm',
  'Steam wand tip|Dampfdüse|SP-MECH|ST|medium|coffee|2-hole=2-Loch;4-hole=4-Loch',
  'Water filter cartridge|Wasserfilterkartusche|SP-FILTR|ST|fast|coffee|M;XL',
  'Boiler heating element|Heizelement Boiler|SP-ELEC|ST|medium|coffee|2.4 kW=2,4 kW;3.6 kW=3,6 kW;5.0 kW=5,0 kW',
  'Solenoid valve 3-way|Magnetventil 3/2-Wege|SP-ELEC|ST|medium|coffee|230 V;24 V',
  'Vibration pump|Vibrationspumpe|SP-MECH|ST|medium|coffee|',
  'Rotary vane pump|Flügelzellenpumpe|SP-MECH|ST|slow|coffee|',
  'Flow meter|Durchflussmesser|SP-ELEC|ST|medium|coffee|',
  'Portafilter basket|Siebeinsatz|SP-MECH|ST|fast|coffee|single=einfach;double=doppelt',
  'Descaling agent|Entkalkungsmittel|SP-FLUID|L|fast|coffee|',
  'Cleaning tablets (100 pcs)|Reinigungstabletten (100 St.)|SP-FLUID|ST|fast|coffee|',
  'Boiler pressure switch|Kesseldruckschalter|SP-ELEC|ST|medium|coffee|',
  'Milk frother hose|Milchschlauch|SP-SEAL|M|fast|coffee|',
  'Drip tray grid|Abtropfgitter|SP-MECH|ST|medium|coffee|2-group=2-gruppig;3-group=3-gruppig',
  'Boiler manometer 0-3 bar|Kesselmanometer 0-3 bar|SP-MECH|ST|medium|coffee|',
  // Pumps
  'Mechanical seal|Gleitringdichtung|SP-SEAL|ST|fast|centrifugal-pump|25 mm;35 mm;45 mm;55 mm',
  'Impeller|Laufrad|SP-MECH|ST|slow|centrifugal-pump|160 mm;200 mm;250 mm',
  'Shaft sleeve|Wellenschutzhülse|SP-MECH|ST|medium|centrifugal-pump|35 mm;45 mm',
  'Bearing kit|Lagersatz|SP-MECH|ST|medium|centrifugal-pump|size 1=Größe 1;size 2=Größe 2',
  'Casing gasket|Gehäusedichtung|SP-SEAL|ST|fast|centrifugal-pump|DN50;DN80',
  'Wear ring|Spaltring|SP-MECH|ST|medium|centrifugal-pump|160;250',
  'Pump motor|Pumpenmotor|SP-ELEC|ST|slow|centrifugal-pump|5.5 kW=5,5 kW;11 kW;22 kW',
  'Coupling insert|Kupplungsstern|SP-MECH|ST|fast|centrifugal-pump|size 38=Größe 38;size 48=Größe 48',
  'Dosing diaphragm|Dosiermembran|SP-SEAL|ST|fast|dosing-pump|MemDos 20;MemDos 60',
  'Check valve set|Rückschlagventilsatz|SP-MECH|ST|fast|dosing-pump|PVDF;stainless=Edelstahl',
  'Dosing head|Dosierkopf|SP-MECH|ST|slow|dosing-pump|PP;PVDF',
  'Foot valve with strainer|Fußventil mit Sieb|SP-MECH|ST|medium|dosing-pump|',
  'Injection valve|Impfventil|SP-MECH|ST|medium|dosing-pump|',
  'Suction hose|Saugschlauch|SP-SEAL|M|fast|PUMPS|6/4 mm PE;12/9 mm PVC;DN25;DN40',
  'O-ring kit|O-Ring-Satz|SP-SEAL|ST|fast|PUMPS|EPDM;FKM;NBR',
  'Bearing grease|Lagerfett|SP-FLUID|KG|medium|PUMPS|',
  'Pump lubricating oil|Pumpenschmieröl|SP-FLUID|L|medium|PUMPS|ISO VG 46;ISO VG 68',
  'Stroke length motor|Hublängenmotor|SP-ELEC|ST|slow|dosing-pump|',
  'Pressure relief valve|Überströmventil|SP-MECH|ST|medium|dosing-pump|6 bar;10 bar',
  // Elevators and escalators
  'Door operator belt|Türantriebsriemen|SP-MECH|ST|fast|LIFTS|800 mm door=800-mm-Tür;900 mm door=900-mm-Tür;1100 mm door=1100-mm-Tür;1400 mm door=1400-mm-Tür',
  'Safety gear switch|Fangschalter|SP-ELEC|ST|medium|LIFTS|car=Fahrkorb;counterweight=Gegengewicht',
  'Landing door roller|Schachttürrolle|SP-MECH|ST|fast|LIFTS|48 mm;60 mm',
  'Door light curtain|Türlichtgitter|SP-ELEC|ST|medium|LIFTS|2000 mm;2400 mm',
  'Hoist rope|Tragseil|SP-MECH|M|medium|LIFTS|8 mm;10 mm;13 mm',
  'Governor rope|Begrenzerseil|SP-MECH|M|medium|LIFTS|6 mm;8 mm',
  'Brake lining set|Bremsbelagsatz|SP-MECH|ST|medium|LIFTS|machine 1=Maschine 1;machine 2=Maschine 2',
  'Lift control board|Steuerplatine Aufzug|SP-ELEC|ST|slow|LIFTS|main=Haupt;car top=Fahrkorbdach;landing=Etage',
  'Frequency inverter|Frequenzumrichter|SP-ELEC|ST|slow|LIFTS|7.5 kW=7,5 kW;15 kW',
  'Car push button|Kabinentaster|SP-ELEC|ST|fast|LIFTS|floor=Etage;alarm=Alarm;door open=Tür auf',
  'Emergency call unit|Notrufgerät|SP-ELEC|ST|slow|LIFTS|',
  'Car LED light panel|LED-Kabinenleuchte|SP-ELEC|ST|medium|LIFTS|',
  'Door sill guide shoe|Türschwert-Gleitschuh|SP-MECH|ST|fast|LIFTS|car door=Kabinentür;landing door=Schachttür',
  'Overspeed governor|Geschwindigkeitsbegrenzer|SP-MECH|ST|slow|LIFTS|',
  'Car guide shoe insert|Gleitschuheinlage|SP-MECH|ST|fast|LIFTS|9 mm rail=9-mm-Schiene;16 mm rail=16-mm-Schiene',
  'Hydraulic oil|Hydrauliköl|SP-FLUID|L|medium|freight-elevator|HLP 46',
  'Hydraulic valve block seal kit|Dichtsatz Ventilblock|SP-SEAL|ST|medium|freight-elevator|',
  'Gear oil|Getriebeöl|SP-FLUID|L|medium|passenger-elevator,freight-elevator,escalator|CLP 220;CLP 320',
  'Step chain|Stufenkette|SP-MECH|M|slow|escalator|',
  'Handrail drive belt|Handlauf-Antriebsriemen|SP-MECH|ST|medium|escalator|30°;35°',
  'Comb plate segment|Kammplattensegment|SP-MECH|ST|fast|escalator|left=links;centre=Mitte;right=rechts',
  'Step roller|Stufenrolle|SP-MECH|ST|fast|escalator|70 mm;76 mm',
  'Handrail|Handlauf|SP-MECH|M|slow|escalator|',
  'Skirt brush|Sockelbürste|SP-MECH|M|medium|escalator|',
  'Escalator step|Fahrtreppenstufe|SP-MECH|ST|slow|escalator|1000 mm',
  // Medical devices
  'Pressure sensor|Drucksensor|SP-MED|ST|medium|infusion-pump,dialysis|upstream=vorgeschaltet;downstream=nachgeschaltet;venous=venös',
  'Battery pack|Akkupack|SP-MED|ST|fast|infusion-pump,ultrasound|InfuSafe;Sonoptix',
  'Door latch assembly|Türverriegelung|SP-MED|ST|medium|infusion-pump|',
  'Keypad membrane|Folientastatur|SP-MED|ST|medium|infusion-pump|',
  'Pumping mechanism|Pumpmechanik|SP-MED|ST|slow|infusion-pump|volumetric=volumetrisch;syringe=Spritze',
  'Mains power supply|Netzteil|SP-ELEC|ST|medium|infusion-pump,ultrasound,dialysis|60 W;250 W',
  'Convex transducer|Konvexschallkopf|SP-MED|ST|slow|ultrasound|C1-5;C2-9',
  'Linear transducer|Linearschallkopf|SP-MED|ST|slow|ultrasound|L4-12;L8-18',
  'Trackball module|Trackball-Modul|SP-ELEC|ST|medium|ultrasound|',
  'Cooling fan|Lüfter|SP-ELEC|ST|medium|ultrasound,lab-centrifuge|80 mm;120 mm',
  'Blood pump rotor|Blutpumpenrotor|SP-MED|ST|medium|dialysis|',
  'Conductivity cell|Leitfähigkeitszelle|SP-MED|ST|medium|dialysis|',
  'Dialysate heater|Dialysatheizung|SP-MED|ST|slow|dialysis|',
  'Dialysate ultrafilter|Dialysatfilter|SP-FILTR|ST|fast|dialysis|',
  'Valve block|Ventilblock|SP-MED|ST|slow|dialysis|',
  'Air detector|Luftdetektor|SP-MED|ST|medium|dialysis|',
  'Blood leak detector|Blutleckdetektor|SP-MED|ST|medium|dialysis|',
  'Disinfectant citric acid 50%|Desinfektionsmittel Zitronensäure 50%|SP-FLUID|L|fast|dialysis|',
  // Laboratory centrifuges
  'Fixed-angle rotor|Winkelrotor|SP-MECH|ST|slow|lab-centrifuge|24 x 2 ml;6 x 50 ml',
  'Swing-bucket rotor|Ausschwingrotor|SP-MECH|ST|slow|lab-centrifuge|4 x 250 ml',
  'Lid lock|Deckelverriegelung|SP-MECH|ST|medium|lab-centrifuge|',
  'Centrifuge drive motor|Antriebsmotor Zentrifuge|SP-ELEC|ST|slow|lab-centrifuge|',
  'Imbalance sensor|Unwuchtsensor|SP-ELEC|ST|medium|lab-centrifuge|',
  'Tube adapter set|Röhrchenadaptersatz|SP-MECH|ST|fast|lab-centrifuge|1.5 ml=1,5 ml;15 ml;50 ml',
  'Lid gas spring|Deckel-Gasfeder|SP-MECH|ST|medium|lab-centrifuge|',
  'Lid sealing ring|Deckeldichtring|SP-SEAL|ST|fast|lab-centrifuge|',
  // Refrigeration and chillers
  'Refrigeration compressor|Kältemittelverdichter|SP-MECH|ST|slow|COOLING|2 kW;4 kW;scroll 60 kW=Scroll 60 kW',
  'Condenser fan motor|Verflüssigerlüftermotor|SP-ELEC|ST|medium|COOLING|300 mm;450 mm;800 mm',
  'Expansion valve|Expansionsventil|SP-MECH|ST|medium|COOLING|thermostatic=thermostatisch;electronic=elektronisch',
  'Door gasket|Türdichtung|SP-SEAL|M|fast|refrigeration|',
  'Temperature controller|Temperaturregler|SP-ELEC|ST|medium|COOLING|',
  'Filter drier|Filtertrockner|SP-FILTR|ST|fast|COOLING|3/8";5/8"',
  'Defrost heater|Abtauheizung|SP-ELEC|ST|medium|refrigeration|',
  'Evaporator fan motor|Verdampferlüftermotor|SP-ELEC|ST|medium|refrigeration|200 mm;254 mm',
  'Refrigerant solenoid valve|Kältemittel-Magnetventil|SP-ELEC|ST|medium|COOLING|',
  'Refrigerant R290|Kältemittel R290|SP-FLUID|KG|medium|refrigeration|',
  'Refrigerant R32|Kältemittel R32|SP-FLUID|KG|medium|hvac-chiller|',
  'Compressor oil POE|Verdichteröl POE|SP-FLUID|L|medium|COOLING|',
  'High pressure switch|Hochdruckschalter|SP-ELEC|ST|medium|COOLING|',
  'Chilled water flow switch|Strömungswächter Kaltwasser|SP-ELEC|ST|medium|hvac-chiller|',
  'Chiller pump seal kit|Dichtsatz Kaltwasserpumpe|SP-SEAL|ST|fast|hvac-chiller|',
  'Chiller controller board|Reglerplatine Kaltwassersatz|SP-ELEC|ST|slow|hvac-chiller|',
  // Parts for several kinds of machine
  'Fuse set|Sicherungssatz|SP-ELEC|ST|fast|coffee,infusion-pump,ultrasound,dialysis,lab-centrifuge|T2A;T4A;T10A',
  'Pressure transducer 0-16 bar|Druckmessumformer 0-16 bar|SP-ELEC|ST|medium|centrifugal-pump,dosing-pump,hvac-chiller,coffee|',
  'Pressure transducer 0-40 bar|Druckmessumformer 0-40 bar|SP-ELEC|ST|medium|COOLING|',
  'Control board|Steuerplatine|SP-ELEC|ST|slow|coffee,dosing-pump,lab-centrifuge,refrigeration|coffee CPU=Kaffee-CPU;dosing CPU=Dosier-CPU;centrifuge CPU=Zentrifugen-CPU;cooling CPU=Kälte-CPU',
  'Touch display|Touch-Display|SP-ELEC|ST|slow|coffee,dialysis,ultrasound|7 inch=7 Zoll;10 inch=10 Zoll;15 inch=15 Zoll',
  'Temperature sensor PT100|Temperaturfühler PT100|SP-ELEC|ST|fast|coffee,dialysis,refrigeration,hvac-chiller,lab-centrifuge|',
  'Contactor 24 V|Schütz 24 V|SP-ELEC|ST|medium|centrifugal-pump,passenger-elevator,freight-elevator,escalator,hvac-chiller|',
  'Motor protection switch|Motorschutzschalter|SP-ELEC|ST|medium|centrifugal-pump,escalator,hvac-chiller|',
  'Cable tie assortment|Kabelbindersortiment|SP-ELEC|ST|fast|passenger-elevator,freight-elevator,escalator,hvac-chiller|',
  'Pressure hose|Druckschlauch|SP-SEAL|M|fast|coffee,dialysis,freight-elevator|PTFE 6 mm;hydraulic 1/2"=Hydraulik 1/2"',
  'Air filter mat|Luftfiltermatte|SP-FILTR|ST|fast|ultrasound,dialysis,refrigeration,hvac-chiller|',
  'Relay 230 V|Relais 230 V|SP-ELEC|ST|fast|coffee,refrigeration,dosing-pump|',
  'Level switch|Niveauschalter|SP-ELEC|ST|medium|coffee,dosing-pump,centrifugal-pump|',
  'Silicone grease food grade|Silikonfett lebensmittelecht|SP-FLUID|ST|fast|coffee,dosing-pump|',
];

/** Parses one catalogue line into a spare-part family. */
function parseFamilyLine(line: string): SparePartFamily {
  const [en = '', de = '', group = '', unit, turnover, kinds = '', variants = ''] = line.split('|');
  const parsedUnit = UNITS.find((candidate) => candidate === unit);
  const parsedTurnover = TURNOVERS.find((candidate) => candidate === turnover);
  if (parsedUnit === undefined || parsedTurnover === undefined) {
    throw new Error(`bad spare-part line: ${line}`);
  }

  return {
    en,
    de,
    group,
    unit: parsedUnit,
    turnover: parsedTurnover,
    kinds: KIND_GROUPS[kinds] ?? (kinds.split(',') as MachineKind[]),
    variants: variants === '' ? [] : variants.split(';').map(parseVariant),
  };
}

/** Splits 'english=german' into both halves; a variant without '=' reads the same in both. */
function parseVariant(variant: string): readonly [string, string] {
  const [en = '', de = en] = variant.split('=');
  return [en, de];
}

/** The spare-part families, in material-number order. */
export const SPARE_PART_FAMILIES: readonly SparePartFamily[] = FAMILY_LINES.map(parseFamilyLine);
