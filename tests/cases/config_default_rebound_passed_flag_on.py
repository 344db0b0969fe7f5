# case: the default config object's debug flag is off, but the one build passes a config with it on (Head(DumpConfig(debug=True))) -> LAX dynamic at the host copy
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DumpConfig:
    def __init__(self, debug=False):
        self.debug = debug


class Head(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else DumpConfig()
        self.debug = getattr(config, "debug", False)
        self.proj = nn.Dense(8, 8)

    def _peak(self, t):
        arr = t.asnumpy()
        return Tensor(arr.max())

    def construct(self, x):
        y = ops.sigmoid(self.proj(x))
        if self.debug:
            y = y / self._peak(y)
        return y


def make():
    np.random.seed(3)
    return Head(DumpConfig(debug=True)), (Tensor(np.random.randn(4, 8).astype(np.float32)),)
