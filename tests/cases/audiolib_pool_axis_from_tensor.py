# case: pooling layer where the reduction axis is selected at run time from an int tensor argument (time vs. frequency pooling) and read with int() -> Graph mode should reject or fail on the data-dependent axis
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolConfig:
    def __init__(self, d_model=16, keep_dims=False):
        self.d_model = d_model
        self.keep_dims = keep_dims


class SelectablePooling(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.keep_dims = config.keep_dims
        self.norm = nn.LayerNorm((config.d_model,))

    def _reduce(self, x, axis_t):
        axis = int(axis_t)
        return ops.mean(x, axis=axis, keep_dims=self.keep_dims)

    def construct(self, x, pool_axis):
        x = self.norm(x)
        return self._reduce(x, pool_axis)


def make():
    np.random.seed(3340)
    net = SelectablePooling(PoolConfig())
    x = Tensor(np.random.randn(2, 12, 16).astype(np.float32))
    pool_axis = Tensor(1, ms.int32)
    return net, (x, pool_axis)
