# case: LSTM over per-slot sensor history predicts remaining dwell minutes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DwellForecaster(nn.Cell):
    def __init__(self, in_feat=3, hidden=16, use_log=True):
        super().__init__()
        self.lstm = nn.LSTM(in_feat, hidden, num_layers=1, batch_first=True)
        self.head = nn.Dense(hidden, 1)
        self.use_log = use_log

    def construct(self, history):
        # history: (slots, steps, feat)
        out, _ = self.lstm(history)
        last = out[:, -1, :]
        pred = self.head(last).squeeze(-1)
        if self.use_log:
            pred = ops.exp(pred)
        return pred


def make():
    np.random.seed(37)
    hist = Tensor(np.random.randn(8, 12, 3).astype(np.float32))
    return DwellForecaster(), (hist,)
