# case: compute misclosure of a batch of padded traverses with sequence masks and Python-int loop over batch -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Misclosure(nn.Cell):
    """Closed-loop traverse: the sum of leg vectors should be zero."""

    def __init__(self, batch=4, max_legs=15):
        super().__init__()
        self.batch = batch
        self.max_legs = max_legs

    def construct(self, legs, n_legs):
        # legs: (B, L, 2) easting/northing deltas, n_legs: (B,)
        idx = ops.arange(self.max_legs).reshape(1, -1)
        mask = (idx < n_legs.reshape(-1, 1)).astype(legs.dtype)
        out = []
        for b in range(self.batch):
            vec = (legs[b] * mask[b].reshape(-1, 1)).sum(0)
            out.append(ops.norm(vec))
        return ops.stack(out)


def make():
    np.random.seed(23)
    legs = np.random.randn(4, 15, 2).astype(np.float32) * 50.0
    n = np.array([15, 9, 12, 6], np.int32)
    return Misclosure(), (Tensor(legs), Tensor(n))
