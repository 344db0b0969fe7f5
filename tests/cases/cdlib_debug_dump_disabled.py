# case: change head with a debug branch that dumps the difference map through .asnumpy()/NumPy, but config.debug defaults to False and nobody turns it on -> branch on a Python constant False, expect Graph mode to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadConfig:
    def __init__(self, channels=8, num_classes=2, debug=False):
        self.channels = channels
        self.num_classes = num_classes
        self.debug = debug


class DiffHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.debug = config.debug
        self.conv = nn.Conv2d(config.channels, config.num_classes, 3, pad_mode="same")

    def _dump(self, diff):
        arr = diff.asnumpy()
        return float(np.percentile(arr, 99))

    def construct(self, feat_t1, feat_t2):
        diff = ops.abs(feat_t1 - feat_t2)
        if self.debug:
            p99 = self._dump(diff)
            diff = diff / p99
        return self.conv(diff)


def make():
    np.random.seed(31)
    a = Tensor(np.random.randn(1, 8, 16, 16).astype(np.float32))
    b = Tensor(np.random.randn(1, 8, 16, 16).astype(np.float32))
    return DiffHead(HeadConfig()), (a, b)
