# case: adaptive pooling picks the spatial axis (rows or columns) with the larger mean variance at run time and reduces over it -> error or dynamic (axis from data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolConfig:
    def __init__(self, num_bands=12, mode="adaptive", keep_dims=False):
        self.num_bands = num_bands
        self.mode = mode
        self.keep_dims = keep_dims


class DirectionalSpatialPool(nn.Cell):
    SPATIAL_AXES = (2, 3)

    def __init__(self, config):
        super().__init__()
        self.mode = config.mode
        self.keep_dims = config.keep_dims
        self.head = nn.Dense(config.num_bands, config.num_bands)

    def _pick_axis(self, cube):
        var_rows = cube.var(axis=2).mean()
        var_cols = cube.var(axis=3).mean()
        choice = ops.stack([var_rows, var_cols]).argmax()
        return self.SPATIAL_AXES[int(choice)]

    def construct(self, cube):
        axis = self._pick_axis(cube) if self.mode == "adaptive" else self.SPATIAL_AXES[0]
        pooled = cube.mean(axis=axis, keep_dims=self.keep_dims)
        summary = pooled.mean(-1)
        return self.head(summary)


def make():
    np.random.seed(3846)
    cfg = PoolConfig()
    x = Tensor(np.random.rand(2, cfg.num_bands, 6, 6).astype(np.float32))
    return DirectionalSpatialPool(cfg), (x,)
