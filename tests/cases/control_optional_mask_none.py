# case: attention pooling with an optional mask argument left as None by the factory (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttnPool(nn.Cell):
    def __init__(self, dim=6):
        super().__init__()
        self.score = nn.Dense(dim, 1)

    def construct(self, x, mask=None):
        s = self.score(x).squeeze(-1)
        if mask is not None:
            s = ops.masked_fill(s, ~mask, -1e9)
        w = ops.softmax(s, axis=-1)
        return (w.expand_dims(-1) * x).sum(axis=1)


def make():
    return AttnPool(), (Tensor(np.random.randn(2, 4, 6).astype(np.float32)),)
