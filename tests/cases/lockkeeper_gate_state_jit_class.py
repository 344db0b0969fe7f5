# case: keep gate calibration constants in a @ms.jit_class object built in __init__ and only read its fields and method in construct -> jit_class read-only use, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class GateCalibration:
    def __init__(self, offset, gain):
        self.offset = offset
        self.gain = gain

    def apply(self, raw):
        return (raw - self.offset) * self.gain


class GateSequenceEncoder(nn.Cell):
    def __init__(self, n_sensors=3, hidden=8):
        super().__init__()
        self.calib = GateCalibration(0.05, 1.1)
        self.enc = nn.Dense(n_sensors, hidden)
        self.relu = nn.ReLU()

    def construct(self, raw_seq):
        pos = self.calib.apply(raw_seq)
        h = self.relu(self.enc(pos))
        return h.max(axis=0)


def make():
    np.random.seed(102)
    ms.set_seed(102)
    raw = np.random.rand(16, 3).astype(np.float32)
    return GateSequenceEncoder(), (Tensor(raw),)
