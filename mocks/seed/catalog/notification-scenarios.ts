import type { MachineKind } from './machine-kinds.ts';

/** A typical service case: what the customer reports and what the technician finds and does. */
export interface ServiceScenario {
  kinds: readonly MachineKind[];
  /** Short text (QMTXT, at most 40 characters). */
  subject: string;
  /** Defect text of the item (FETXT, at most 40 characters). */
  defect: string;
  codeGroup: string;
  code: string;
  /** What the caller told the service desk, one long-text line. */
  report: string;
  /** What the technician did, added to the long text once the notification is completed. */
  resolution: string;
}

// kinds (comma, or LIFTS) | subject | defect | code group | code | report | resolution
const PROBLEM_LINES = [
  'coffee|Espresso machine leaks at brew group|Brew group seal worn|CS-COFFE|0001|Water drips from the brew group during every extraction, puddle on the counter.|Brew group seal kit and group head gasket replaced, leak test passed.',
  'coffee|Coffee machine does not switch on|No power at main switch|CS-COFFE|0002|Machine stays dark after switching on, the fuse in the sub-distribution is fine.|Defective fuse on the power board replaced, machine heats up normally.',
  'coffee|Grinder blocked, no coffee output|Grinder burrs jammed|CS-COFFE|0003|Grinder hums but does not grind, staff removed the beans already.|Foreign body removed from the grinder, burr set replaced and calibrated.',
  'coffee|Coffee too weak and lukewarm|Brew temperature too low|CS-COFFE|0004|Guests complain about weak, lukewarm coffee since the weekend.|Temperature sensor replaced and brew temperature set back to 93 °C.',
  'coffee|Heavy scale in boiler, low pressure|Scale deposits in boiler|CS-COFFE|0005|Pump pressure drops during extraction, machine needs long to heat up.|Boiler descaled, water filter cartridge replaced, hardness set to 8 °dH.',
  'coffee|Steam wand delivers no steam|Steam valve blocked|CS-COFFE|0006|Only a little water comes out of the steam wand, milk cannot be frothed.|Steam wand tip cleaned and solenoid valve replaced.',
  'coffee|Display shows error E07|Flow meter error|CS-COFFE|0007|Display shows E07 after every second product, machine then locks.|Flow meter replaced, error log cleared, test brewing ok.',
  'centrifugal-pump|Pump leaks at mechanical seal|Mechanical seal leaking|CS-PUMP|0001|Water runs out at the shaft of the pump, about one litre per hour.|Mechanical seal and shaft sleeve replaced, pump run in for 30 minutes.',
  'centrifugal-pump|Pump motor does not start|Motor protection tripped|CS-PUMP|0002|Pump does not start on demand, motor protection switch trips at once.|Winding short found, pump motor replaced and insulation measured.',
  'centrifugal-pump|Cavitation noise at pump inlet|Suction pressure too low|CS-PUMP|0003|Loud rattling noise at the pump inlet at full load.|Clogged suction strainer cleaned, impeller checked, noise gone.',
  'centrifugal-pump|Bearing noise at circulation pump|Bearing worn|CS-PUMP|0004|Grinding noise from the bearing housing, temperature noticeably higher.|Bearing kit replaced, coupling aligned with laser.',
  'centrifugal-pump|Delivery rate below setpoint|Impeller worn|CS-PUMP|0005|Flow rate has dropped by about 20 % over the last weeks.|Worn impeller and wear ring replaced, flow back to design value.',
  'centrifugal-pump|Pump motor overheats, trips breaker|Motor overheating|CS-PUMP|0006|Motor gets very hot and the breaker trips after about an hour.|Motor fan cover cleaned, contactor with burnt contacts replaced.',
  'dosing-pump|Dosing pump leaks at diaphragm head|Diaphragm torn|CS-PUMP|0001|Chemical drips from the dosing head, the pump has been switched off.|Dosing diaphragm and O-ring kit replaced, head tightened to torque.',
  'dosing-pump|Dosing pump gives no stroke|No stroke|CS-PUMP|0002|Pump shows ready but makes no stroke, the tank level is sufficient.|Control board replaced, stroke length calibrated.',
  'dosing-pump|Dosing quantity inaccurate|Check valves dirty|CS-PUMP|0007|Measured dosing quantity is 30 % below the set value.|Check valve set replaced and dosing quantity calibrated.',
  'dosing-pump|Dosing pump loses prime|Air in suction line|CS-PUMP|0005|Pump loses prime several times a day, air bubbles in the suction hose.|Suction hose and foot valve replaced, pump bled.',
  'LIFTS|Elevator stops between floors|Safety circuit interrupted|CS-LIFT|0003|Elevator stopped between floors 2 and 3, passengers freed by the fire brigade.|Safety gear switch replaced, safety circuit tested, lift back in service.',
  'LIFTS|Elevator door does not close|Door operator belt worn|CS-LIFT|0001|Car door reopens again and again, elevator does not leave the floor.|Door operator belt replaced and door light curtain adjusted.',
  'LIFTS|Elevator out of service, no power|Main fuse blown|CS-LIFT|0002|Elevator shows no reaction, display in the car is dark.|Blown main fuse and faulty inverter replaced.',
  'LIFTS|Car stops 5 cm below landing|Levelling inaccurate|CS-LIFT|0004|Car stops clearly below floor level, trip hazard for trolleys.|Levelling sensors adjusted, brake lining checked.',
  'LIFTS|Loud noise in elevator shaft|Guide shoe insert worn|CS-LIFT|0005|Scraping noise during travel, especially when going up.|Car guide shoe inserts replaced, rails lubricated.',
  'LIFTS|Emergency call button without function|Emergency call unit faulty|CS-LIFT|0006|Monthly test: emergency call does not reach the call centre.|Emergency call unit replaced, test call to the call centre successful.',
  'freight-elevator|Oil stain under hydraulic freight lift|Valve block leaking|CS-LIFT|0008|Oil stain under the hydraulic unit, about half a litre.|Valve block seal kit replaced and hydraulic oil topped up.',
  'escalator|Escalator stops after a few minutes|Handrail speed monitor|CS-LIFT|0003|Escalator stops by itself after a few minutes of operation.|Handrail drive belt replaced, speed monitor adjusted.',
  'escalator|Squeaking noise from escalator steps|Step rollers worn|CS-LIFT|0005|Loud squeaking noise from the steps on the way up.|Worn step rollers replaced, chain lubricated.',
  'escalator|Comb plate damaged at upper landing|Comb plate segment broken|CS-LIFT|0007|Two teeth of the comb plate at the upper landing are broken.|Comb plate segment replaced, step-comb clearance checked.',
  'infusion-pump|Infusion pump shows occlusion alarm|Downstream pressure sensor|CS-MED|0003|Occlusion alarm without visible kink in the line, several pumps on the ward.|Downstream pressure sensor replaced and calibrated, safety check passed.',
  'infusion-pump|Battery of infusion pump drains fast|Battery pack aged|CS-MED|0006|Battery lasts less than an hour, pump cannot be used during transport.|Battery pack replaced, capacity test passed.',
  'infusion-pump|Infusion pump does not switch on|Power supply faulty|CS-MED|0002|Pump shows no reaction on mains or battery.|Power supply board replaced, electrical safety test passed.',
  'infusion-pump|Pump door does not lock|Door latch worn|CS-GENRL|0004|Door of the pump does not lock, pump refuses to start.|Door latch assembly replaced.',
  'ultrasound|Ultrasound image shows dropout lines|Transducer elements failed|CS-MED|0004|Vertical dark lines in the image with the convex transducer.|Convex transducer replaced, image quality test passed.',
  'ultrasound|Ultrasound scanner does not boot|System hangs at start|CS-GENRL|0006|Scanner hangs at the start screen after a power failure.|System software reinstalled, settings restored from backup.',
  'ultrasound|Scanner fan loud, unit overheats|Cooling fan worn|CS-GENRL|0003|Loud fan noise and temperature warning after an hour of scanning.|Cooling fan and air filter mat replaced.',
  'dialysis|Dialysis machine leaks at blood pump|Blood pump rotor|CS-MED|0001|Fluid under the blood pump segment after treatment.|Blood pump rotor and pump segment seal replaced, leak test passed.',
  'dialysis|Conductivity alarm during treatment|Conductivity cell drift|CS-MED|0005|Conductivity alarm several times per treatment, treatment had to be stopped.|Conductivity cell replaced and calibrated, technical safety check done.',
  'dialysis|Dialysis machine false air alarm|Air detector faulty|CS-MED|0007|Air alarm without visible air in the venous line.|Air detector replaced and tested with test set.',
  'dialysis|Dialysate temperature too low|Dialysate heater faulty|CS-MED|0005|Dialysate does not reach 36 °C, patients feel cold.|Dialysate heater replaced, temperature checked at 37 °C.',
  'lab-centrifuge|Centrifuge stops with imbalance error|Imbalance sensor|CS-MED|0008|Centrifuge stops with imbalance error even when correctly loaded.|Imbalance sensor replaced, rotor checked for cracks.',
  'lab-centrifuge|Lid of centrifuge does not unlock|Lid lock jammed|CS-GENRL|0005|Lid stays locked after the run, samples cannot be taken out.|Lid lock replaced, emergency release tested.',
  'lab-centrifuge|Centrifuge does not reach set speed|Drive motor worn|CS-GENRL|0005|Centrifuge only reaches about 3,000 rpm instead of 4,500.|Drive motor replaced, speed measured with tachometer.',
  'refrigeration|Cold room temperature above 8 °C|Temperature too high|CS-COOL|0003|Cold room shows 9 °C in the morning, goods moved to a spare room.|Expansion valve replaced, refrigerant topped up, 2 °C reached.',
  'refrigeration|Evaporator iced up, fans blocked|Defrost heater faulty|CS-COOL|0004|Evaporator completely iced up, fans are blocked.|Defrost heater replaced and defrost cycle reprogrammed.',
  'refrigeration|Compressor of cold room very loud|Compressor mounts worn|CS-COOL|0005|Loud knocking noise when the compressor starts.|Compressor replaced, filter drier replaced, system evacuated.',
  'refrigeration|Water under cooling unit|Condensate drain blocked|CS-COOL|0006|Puddle of water under the evaporator every morning.|Condensate drain cleaned and drain heater checked.',
  'hvac-chiller|Chiller trips on high pressure alarm|High pressure switch|CS-COOL|0007|Chiller switches off with high pressure alarm on warm afternoons.|Condenser cleaned, condenser fan motor replaced.',
  'hvac-chiller|Refrigerant loss at chiller circuit|Refrigerant leak|CS-COOL|0001|Low pressure alarm, leak detector shows refrigerant at circuit 2.|Leak at brazed joint repaired, R32 refilled, leak test logged.',
  'hvac-chiller|Chilled water temperature too high|Flow switch faulty|CS-COOL|0003|Chilled water leaves at 11 °C instead of 6 °C, offices too warm.|Chilled water flow switch replaced, setpoints checked.',
];

/** Parses one catalogue line into a service scenario. */
function parseScenarioLine(line: string): ServiceScenario {
  const [
    kinds = '',
    subject = '',
    defect = '',
    codeGroup = '',
    code = '',
    report = '',
    resolution = '',
  ] = line.split('|');
  const parsedKinds: readonly MachineKind[] =
    kinds === 'LIFTS'
      ? ['passenger-elevator', 'freight-elevator']
      : (kinds.split(',') as MachineKind[]);
  return { kinds: parsedKinds, subject, defect, codeGroup, code, report, resolution };
}

/** The problem cases (notification type S1), by the machine kinds they happen on. */
export const PROBLEM_SCENARIOS: readonly ServiceScenario[] = PROBLEM_LINES.map(parseScenarioLine);

/** Short texts of activity reports (type S2): work done on a visit, whatever the machine. */
export const ACTIVITY_SUBJECTS = [
  'Annual maintenance carried out',
  'Preventive maintenance visit',
  'Safety inspection completed',
  'Seals and filters replaced on visit',
  'Technical safety check (STK) done',
] as const;

/** Short texts of service requests (type S3): what a customer asks for. */
export const REQUEST_SUBJECTS = [
  'Request for maintenance appointment',
  'Request for relocation of machine',
  'Request for operator training',
  'Request for quotation of overhaul',
  'Request for safety inspection',
] as const;
