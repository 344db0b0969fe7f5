# case: per-track instrument embedding gathers rows of a program table with ops.gather using General-MIDI program numbers that come from the data tensor -> tensor-valued indices but fixed output shape, static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_PROGRAMS = 128
DRUM_PROGRAM = 128

class InstrumentConfig:
    d_model = 16
    include_drums = True
    max_tracks = 5

class InstrumentTable(nn.Cell):
    def __init__(self, config):
        super().__init__()
        n = N_PROGRAMS + (1 if config.include_drums else 0)
        self._build(n, config.d_model)

    def _build(self, n, d):
        self.table = ms.Parameter(Tensor(np.random.randn(n, d).astype(np.float32) * 0.02), name="program_table")

    def construct(self, programs):
        return ops.gather(self.table, programs.reshape(-1), 0).reshape(programs.shape + (-1,))

class TrackConditioner(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.instruments = InstrumentTable(config)

    def construct(self, hidden, programs, is_drum=None):
        if is_drum is not None:
            programs = ops.where(is_drum, ops.full_like(programs, DRUM_PROGRAM), programs)
        inst = self.instruments(programs)
        return hidden + inst.expand_dims(2)

def make():
    np.random.seed(3747)
    cond = TrackConditioner(InstrumentConfig())
    hidden = Tensor(np.random.randn(2, 5, 8, 16).astype(np.float32))
    programs = Tensor(np.random.randint(0, 128, size=(2, 5)).astype(np.int32))
    is_drum = Tensor(np.array([[0, 0, 0, 0, 1], [0, 1, 0, 0, 0]], bool))
    return cond, (hidden, programs, is_drum)
