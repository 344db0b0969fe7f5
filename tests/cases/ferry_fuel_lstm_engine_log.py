# case: fuel consumption regressor runs an LSTM over a fixed-length engine-log sequence and predicts from the last step -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EngineLogLSTM(nn.Cell):
    def __init__(self, n_signals=4, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(n_signals, hidden, num_layers=1, batch_first=True)
        self.head = nn.Dense(hidden, 1)

    def construct(self, logs):
        out, _ = self.lstm(logs)
        last = out[:, -1, :]
        return self.head(last).squeeze(-1)


def make():
    np.random.seed(31)
    logs = Tensor(np.random.randn(3, 10, 4).astype(np.float32))
    return EngineLogLSTM(), (logs,)
