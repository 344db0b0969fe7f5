# case: diagnostics head reducing over the zonal or meridional axis, with the axis id passed as a tensor and converted with int() -> reduction axis from tensor value (error or dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LAT_AXIS, LON_AXIS = 2, 3


class DiagHeadConfig:
    def __init__(self, channels=6, out_dim=4, keep_dims=False):
        self.channels = channels
        self.out_dim = out_dim
        self.keep_dims = keep_dims


class MeanProfileHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.keep_dims = config.keep_dims
        self.proj = nn.Dense(config.channels, config.out_dim)

    def _profile(self, x, axis):
        ax = int(axis)
        return ops.mean(x, axis=ax, keep_dims=self.keep_dims)

    def construct(self, x, axis):
        prof = self._profile(x, axis)
        prof = prof.swapaxes(1, -1)
        return self.proj(prof)


def make():
    np.random.seed(3674)
    net = MeanProfileHead(DiagHeadConfig())
    x = Tensor(np.random.randn(2, 6, 10, 20).astype(np.float32))
    axis = Tensor(np.array(LON_AXIS, np.int32))
    return net, (x, axis)
