package main

import (
	"github.com/rastro-project/rastro/ingest"
	"github.com/rastro-project/rastro/internal/worker"
	"github.com/rastro-project/rastro/report/export"
	"github.com/rastro-project/rastro/report/workbook"
)

// worker finds the rastro-intake program (see cmd/rastro-intake), which
// does in a process of its own what needs heavy libraries; it starts
// nothing.
func (m *Main) worker() (*worker.Program, error) {
	p, err := worker.Find(m.Config.Intake)
	if err != nil {
		return nil, err
	}
	p.Env = m.intakeEnv
	return p, nil
}

// intakeWorker returns the miner that runs the worker on first use.
func (m *Main) intakeWorker() (ingest.Miner, error) {
	p, err := m.worker()
	if err != nil {
		return nil, err
	}
	return m.miner(p), nil
}

// miner is the worker as a Miner, ended when m closes.
func (m *Main) miner(p *worker.Program) ingest.Miner {
	w := &ingest.Process{Worker: p}
	m.OnClose(w.Close)
	return w
}

// spreadsheet returns the writer of XLSX workbooks, which runs the worker
// once per workbook.
func (m *Main) spreadsheet() (export.Spreadsheet, error) {
	p, err := m.worker()
	if err != nil {
		return nil, err
	}
	return &workbook.Worker{Program: p}, nil
}
