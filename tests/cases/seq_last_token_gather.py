# case: picks the hidden state at the last real token per sequence with gather_elements on lengths-1; index values from data but shapes fixed -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops as P, Tensor


class LastTokenPool(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.rnn_like = nn.Dense(dim, dim)

    def construct(self, x, lengths):
        h = P.relu(self.rnn_like(x))
        b, _, d = h.shape
        idx = (lengths - 1).astype(ms.int32).reshape(b, 1, 1)
        idx = P.broadcast_to(idx, (b, 1, d))
        last = P.gather_elements(h, 1, idx)
        return P.squeeze(last, 1)


def make():
    x = Tensor(np.random.randn(3, 6, 8).astype(np.float32))
    return LastTokenPool(), (x, Tensor(np.array([2, 6, 4], np.int32)))
