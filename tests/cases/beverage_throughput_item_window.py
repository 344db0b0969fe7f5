# case: forecast line throughput from only the most recent run segment, whose length the PLC reports as a tensor -> slicing with .item() length is data-dependent
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecentRunForecaster(nn.Cell):
    def __init__(self, hidden=16):
        super().__init__()
        self.encode = nn.Dense(3, hidden)
        self.head = nn.Dense(hidden, 1)
        self.act = nn.ReLU()

    def construct(self, telemetry, run_length):
        # telemetry: (T, 3) bottles/min, filler speed %, buffer fill %
        n = run_length.item()
        recent = telemetry[-n:]
        h = self.act(self.encode(recent))
        pooled = h.mean(axis=0)
        return self.head(pooled)


def make():
    np.random.seed(61)
    telemetry = np.random.rand(120, 3).astype(np.float32)
    return RecentRunForecaster(), (Tensor(telemetry), Tensor(45, ms.int32))
