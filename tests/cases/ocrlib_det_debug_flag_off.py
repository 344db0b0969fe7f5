# case: detector whose debug flag (default False, never set) guards a branch that dumps the map with .asnumpy() and np.save; the branch is never taken -> compiles statically if the constant-false branch is dropped
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DBNetConfig:
    in_channels = 16
    inner_channels = 8
    debug = False
    dump_path = "/tmp/db_debug.npy"


class DebugDumpMixin:
    def _dump(self, tensor):
        arr = tensor.asnumpy()
        np.save(self.dump_path, arr)
        return Tensor(arr.max())


class TinyDBNet(nn.Cell, DebugDumpMixin):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else DBNetConfig()
        self.debug = getattr(config, "debug", False)
        self.dump_path = config.dump_path
        self.reduce = nn.Conv2d(config.in_channels, config.inner_channels, 1)
        self.smooth = nn.Conv2d(config.inner_channels, config.inner_channels, 3)
        self.prob = nn.Conv2d(config.inner_channels, 1, 1)

    def construct(self, c2, c3):
        top = ops.interpolate(self.reduce(c3), size=c2.shape[-2:], mode="nearest")
        fused = self.smooth(self.reduce(c2) + top)
        prob = ops.sigmoid(self.prob(ops.relu(fused)))
        if self.debug:
            peak = self._dump(prob)
            prob = prob / peak
        return prob


def make():
    np.random.seed(37)
    c2 = Tensor(np.random.randn(1, 16, 32, 32).astype(np.float32))
    c3 = Tensor(np.random.randn(1, 16, 16, 16).astype(np.float32))
    return TinyDBNet(), (c2, c3)
