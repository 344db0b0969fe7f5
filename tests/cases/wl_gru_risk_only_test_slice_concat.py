# case: the same scorer testing only `risk < stop` (the counter still slices the input) -> the concat after the loop fails
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Scorer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cell = nn.GRUCell(5, 8)
        self.head = nn.Dense(8, 1)
        self.stop_at = 0.9

    def construct(self, seq, h, n):
        states = []
        risk = Tensor(0.0, ms.float32)
        t = 0
        while risk < self.stop_at:
            h = self.cell(seq[t:t + 1], h)
            risk = ops.sigmoid(self.head(h)).reshape(())
            states.append(h)
            t += 1
        return ops.concat(states, axis=0), risk


def make():
    np.random.seed(13)
    seq = Tensor(np.random.randn(10, 5).astype(np.float32))
    h0 = Tensor(np.zeros((1, 8), dtype=np.float32))
    return Scorer(), (seq, h0, Tensor(6, ms.int32))
