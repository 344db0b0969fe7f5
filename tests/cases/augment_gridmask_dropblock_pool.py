# case: DropBlock/GridMask-style feature augmentation: Bernoulli seeds expanded by max_pool2d, rescaled by the kept fraction -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DropBlock2d(nn.Cell):
    def __init__(self, drop_prob=0.1, block_size=3, training=True):
        super().__init__()
        self.drop_prob = drop_prob
        self.block_size = block_size
        self.training = training
        self.pool = nn.MaxPool2d(kernel_size=block_size, stride=1, pad_mode="same")

    def gamma(self, h, w):
        b = self.block_size
        return self.drop_prob / (b * b) * (h * w) / ((h - b + 1) * (w - b + 1))

    def construct(self, x):
        if not self.training or self.drop_prob == 0.0:
            return x
        n, c, h, w = x.shape
        seeds = (ops.rand((n, c, h, w)) < self.gamma(h, w)).astype(ms.float32)
        block_mask = 1.0 - self.pool(seeds)
        keep = block_mask.sum() / block_mask.size
        return x * block_mask / ops.maximum(keep, 1e-6)


class AugmentedConv(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, pad_mode="same")
        self.drop = DropBlock2d()

    def construct(self, x):
        return self.drop(ops.relu(self.conv(x)))


def make():
    np.random.seed(36)
    x = Tensor(np.random.rand(2, 3, 10, 10).astype(np.float32))
    return AugmentedConv(), (x,)
