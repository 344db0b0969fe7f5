# case: picks each padded series' last valid hidden state with gather_elements at index lengths-1 -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LastStepEncoder(nn.Cell):
    def __init__(self, in_channels=2, hidden=8, horizon=3):
        super().__init__()
        self.hidden = hidden
        self.rnn = nn.LSTM(in_channels, hidden, batch_first=True)
        self.head = nn.Dense(hidden, horizon)

    def last_valid(self, out, lengths):
        b = out.shape[0]
        idx = ops.clamp(lengths - 1, min=0).astype(ms.int32)
        idx = idx.reshape(b, 1, 1).broadcast_to((b, 1, self.hidden))
        return ops.gather_elements(out, 1, idx).squeeze(1)

    def construct(self, x, lengths):
        out, _ = self.rnn(x)
        return self.head(self.last_valid(out, lengths))


def make():
    np.random.seed(37)
    x = Tensor(np.random.randn(3, 11, 2).astype(np.float32))
    lengths = Tensor(np.array([11, 5, 8], dtype=np.int32))
    return LastStepEncoder(), (x, lengths)
