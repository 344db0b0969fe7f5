# case: accept loan-history batches in either (time, patron, feat) or (patron, time, feat) layout, chosen by a constructor flag, and transpose with a constant permutation -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SessionEncoder(nn.Cell):
    def __init__(self, feat=10, hidden=12, time_major=True):
        super().__init__()
        self.time_major = time_major
        self.perm = (1, 0, 2) if time_major else (0, 1, 2)
        self.rnn = nn.LSTM(feat, hidden, batch_first=True)
        self.score = nn.Dense(hidden, 1)

    def construct(self, loans):
        x = ops.transpose(loans, self.perm)          # -> (patron, time, feat)
        out, _ = self.rnn(x)
        last = out[:, -1, :]
        return ops.sigmoid(self.score(last)).squeeze(-1)


def make():
    np.random.seed(84)
    loans = Tensor(np.random.randn(9, 5, 10).astype(np.float32))
    return SessionEncoder(), (loans,)
