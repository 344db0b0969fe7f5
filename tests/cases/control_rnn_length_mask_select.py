# case: RNN with per-sequence lengths freezes finished states with ops.select in a constant-length loop (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedGRU(nn.Cell):
    def __init__(self, inp=4, hid=5, max_steps=6):
        super().__init__()
        self.cell = nn.GRUCell(inp, hid)
        self.max_steps = max_steps
        self.hid = hid

    def construct(self, x, lengths):
        h = ops.zeros((x.shape[0], self.hid), ms.float32)
        for t in range(self.max_steps):
            new_h = self.cell(x[:, t, :], h)
            alive = (lengths > t).expand_dims(-1)
            h = ops.select(ops.broadcast_to(alive, h.shape), new_h, h)
        return h


def make():
    x = Tensor(np.random.randn(3, 6, 4).astype(np.float32))
    return MaskedGRU(), (x, Tensor(np.array([6, 2, 4], np.int32)))
