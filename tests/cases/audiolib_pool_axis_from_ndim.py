# case: temporal pooling helper whose reduction axis is computed from x.ndim and whose window count is int(x.shape[...]) -- shape-only values that look like data -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolConfig:
    def __init__(self, d_model=16, window=4, pool_type="mean", time_axis=-2):
        self.d_model = d_model
        self.window = window
        self.pool_type = pool_type
        self.time_axis = time_axis


def reduce_time(x, axis, pool_type):
    if pool_type == "max":
        return x.max(axis=axis)
    return x.mean(axis=axis)


class WindowPooling(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.window = config.window
        self.pool_type = config.pool_type
        self.time_axis = config.time_axis
        self.proj = nn.Dense(config.d_model, config.d_model)

    def construct(self, x):
        axis = self.time_axis % x.ndim
        t = int(x.shape[axis])
        n_win = t // self.window
        x = x[:, :n_win * self.window]
        x = x.reshape(x.shape[0], n_win, self.window, x.shape[-1])
        pooled = reduce_time(x, axis + 1, self.pool_type)
        return self.proj(pooled)


def make():
    np.random.seed(3339)
    net = WindowPooling(PoolConfig())
    x = Tensor(np.random.randn(2, 22, 16).astype(np.float32))
    return net, (x,)
