# case: the .asnumpy() check behind debug=DEBUG with the module constant DEBUG = True -> live
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEBUG = True


class DebuggableConvBlock(nn.Cell):
    def __init__(self, cin=3, cout=6, debug=DEBUG, pool=True):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, pad_mode="pad", padding=1)
        self.bn = nn.BatchNorm2d(cout)
        self.pool = nn.MaxPool2d(2, 2) if pool else nn.Identity()
        self.debug = debug

    def _check_finite(self, t):
        arr = t.asnumpy()
        if not np.isfinite(arr).all():
            raise RuntimeError("non-finite activations")

    def construct(self, x):
        y = ops.relu(self.bn(self.conv(x)))
        if self.debug:
            self._check_finite(y)
        return self.pool(y)


def make():
    np.random.seed(47)
    x = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    net = DebuggableConvBlock()
    net.set_train(False)
    return net, (x,)
