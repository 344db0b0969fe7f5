# case: adaptive block max-pools only when the mean activation is positive, so branch outputs differ in shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveDown(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, pad_mode="same")
        self.pool = nn.MaxPool2d(2, 2)
        self.bn = nn.BatchNorm2d(4)

    def construct(self, x):
        y = ops.relu(self.bn(self.conv(x)))
        if y.mean() > 0.1:
            y = self.pool(y)
        return y.sum(axis=(2, 3))


def make():
    net = AdaptiveDown()
    net.set_train(False)
    return net, (Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32)),)
