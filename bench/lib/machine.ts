// What the benchmark ran on, and how busy the machine was meanwhile (other processes share it, so the
// load is part of every result).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import SQLite from 'better-sqlite3';
import { median } from './stats.ts';

export interface Machine {
  date: string;
  nproc: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  sqliteCli: string;
  sqliteProduct: string;
  postgres?: string;
}

function tryRun(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'not found';
  }
}

export function machine(): Machine {
  const db = new SQLite(':memory:');
  const sqliteProduct = (db.prepare('select sqlite_version() as v').get() as { v: string }).v;
  db.close();
  return {
    date: new Date().toISOString(),
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    sqliteCli: tryRun('sqlite3', ['--version']).split(' ')[0],
    sqliteProduct,
  };
}

export function describeMachine(m: Machine): string {
  const pg = m.postgres ? `, PostgreSQL ${m.postgres}` : '';
  return `${m.nproc} CPUs (${m.cpu}), ${m.memoryGiB} GiB RAM, Node ${m.node}, SQLite ${m.sqliteProduct} in the product (better-sqlite3), sqlite3 CLI ${m.sqliteCli}${pg}`;
}

function cpuTimes(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = v[3] + (v[4] ?? 0);
  const total = v.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

export interface LoadSummary {
  /** 1-minute load average: before anything of the phase started, and its median and max while it ran. */
  loadBefore: number;
  loadMedian: number;
  loadMax: number;
  /** Share of all CPUs busy during the phase (ours included). */
  cpuBusyPct: number;
  seconds: number;
}

/** Samples the load average every second until stopped. */
export class LoadMonitor {
  private readonly samples: number[] = [];
  private readonly timer: NodeJS.Timeout;
  private readonly start = cpuTimes();
  private readonly startedAt = Date.now();
  private readonly before = loadAvg();

  constructor() {
    this.timer = setInterval(() => this.samples.push(loadAvg()), 1000);
    this.timer.unref();
  }

  stop(): LoadSummary {
    clearInterval(this.timer);
    const end = cpuTimes();
    const samples = this.samples.length ? this.samples : [loadAvg()];
    return {
      loadBefore: this.before,
      loadMedian: median(samples),
      loadMax: Math.max(...samples),
      cpuBusyPct: Math.round(
        (100 * (end.busy - this.start.busy)) / Math.max(1, end.total - this.start.total),
      ),
      seconds: Math.round((Date.now() - this.startedAt) / 1000),
    };
  }
}

export function loadAvg(): number {
  return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
}

export function describeLoad(l: LoadSummary): string {
  return `load average (1 min) ${l.loadBefore.toFixed(2)} before, median ${l.loadMedian.toFixed(2)}, max ${l.loadMax.toFixed(2)} during ${l.seconds} s; CPUs ${l.cpuBusyPct}% busy (this benchmark included)`;
}
