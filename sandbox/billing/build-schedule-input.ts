/** The sandbox reads bills through the one shared claims-to-schedule mapping (shared/m3p/). */
export { buildScheduleInput, type BillableClaim } from '../../shared/m3p/build-schedule-input';
