# case: manual LSTMCell unrolled over a fixed number of steps with a Python for loop and masking of finished steps via where; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

STEPS = 6


class Unrolled(nn.Cell):
    def __init__(self, inp=8, hidden=16):
        super().__init__()
        self.cell = nn.LSTMCell(inp, hidden)
        self.hidden = hidden
        self.out = nn.Dense(hidden, 1)

    def construct(self, x, lengths):
        b = x.shape[0]
        h = ops.zeros((b, self.hidden), ms.float32)
        c = ops.zeros((b, self.hidden), ms.float32)
        outs = []
        for t in range(STEPS):
            h_new, c_new = self.cell(x[:, t, :], (h, c))
            alive = (lengths > t).reshape(b, 1)
            h = ops.where(alive, h_new, h)
            c = ops.where(alive, c_new, c)
            outs.append(self.out(h))
        return ops.stack(outs, axis=1).squeeze(-1)


def make():
    x = Tensor(np.random.randn(3, STEPS, 8).astype(np.float32))
    return Unrolled(), (x, Tensor(np.array([6, 4, 2], np.int32)))
