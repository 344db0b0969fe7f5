# case: multi-input stem accepts a tensor or a tuple of tensors and dispatches with isinstance -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiViewStem(nn.Cell):
    def __init__(self, in_dim=6, out_dim=4, fuse="mean"):
        super().__init__()
        self.proj = nn.Dense(in_dim, out_dim)
        self.fuse = fuse

    def _encode_views(self, views):
        outs = []
        for v in views:
            outs.append(self.proj(v))
        stacked = ops.stack(outs, axis=0)
        if self.fuse == "mean":
            return stacked.mean(axis=0)
        return stacked.max(axis=0)

    def construct(self, inputs):
        if isinstance(inputs, (tuple, list)):
            return self._encode_views(inputs)
        return self.proj(inputs)


def make():
    np.random.seed(32)
    a = Tensor(np.random.randn(3, 6).astype(np.float32))
    b = Tensor(np.random.randn(3, 6).astype(np.float32))
    return MultiViewStem(), ((a, b),)
