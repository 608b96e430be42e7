/**
 * Issue 21's thirty-first independent writer (never read the code), copied unchanged: 477 messages
 * weighted to hard clean lines around contact, QR codes and dealing. Tuning text for the rules and,
 * since the integrator's refit after this round, for the model (1.000 / 0.991 then).
 * First score, engine as on main (5d68adc) before any use of it: 0.946 / 0.907 (contact P 0.762,
 * QR code R / P 0.659 / 0.906, bank P 0.714, deal 0.836 / 0.859).
 * After this round's rules (classes31.test.ts): 1.000 / 0.977 (contact P 0.927, QR code 1.000 / 1.000,
 * platform and phone 1.000 / 1.000, abuse R 1.000, deal 0.859 / 0.859); with guard19's deal round from main
 * merged, 1.000 / 0.986 (deal 0.863 / 0.887). The three missed messages are deals without a banned word
 * (好坪反现, 要手写的才能返, 团长群里有内部券), and the false alarms left by category are lines where the tuning
 * files' majority labels otherwise (微信转给您 is contact + deal, a card given to pay is bank + deal).
 * The floors are the level reached: a change that loses ground fails here.
 */
import { writerFloors } from './writer-floors';

const TRAIN = [{ file: 'test/corpus/phrases-train-w31.json', messages: 477, precision: 0.995, recall: 0.98 }];

writerFloors('thirty-first writer: tuning set (misses printed)', TRAIN, false);
