# case: roll a GRU cell forward over a fixed 12-hour horizon to forecast compressor kW, horizon a Python int -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CompressorLoadForecaster(nn.Cell):
    def __init__(self, n_inputs=4, hidden=16, horizon=12):
        super().__init__()
        self.horizon = horizon
        self.cell = nn.GRUCell(n_inputs, hidden)
        self.head = nn.Dense(hidden, 1)
        self.feedback = nn.Dense(1, n_inputs)

    def construct(self, last_obs, h0):
        x = last_obs
        h = h0
        preds = []
        for _ in range(self.horizon):
            h = self.cell(x, h)
            kw = self.head(h)
            preds.append(kw)
            x = ops.tanh(self.feedback(kw))
        return ops.concat(preds, axis=1)


def make():
    np.random.seed(3121)
    obs = np.random.randn(3, 4).astype(np.float32)
    h0 = np.zeros((3, 16), dtype=np.float32)
    return CompressorLoadForecaster(), (Tensor(obs), Tensor(h0))
