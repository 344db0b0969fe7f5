# case: elastic-kernel OFA stage forwards *args/**kwargs from its construct to each block, which reads an optional `kernel_size` keyword chosen from the config at build time -> expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

KERNEL_CHOICES = (3, 5, 7)


class DynamicKernelConv(nn.Cell):
    def __init__(self, channels, max_kernel=7):
        super().__init__()
        self.max_kernel = max_kernel
        self.conv = nn.Conv2d(channels, channels, max_kernel, pad_mode="same", group=channels, has_bias=False)

    def construct(self, x, kernel_size=None):
        k = self.max_kernel if kernel_size is None else kernel_size
        start = (self.max_kernel - k) // 2
        w = self.conv.weight[:, :, start:start + k, start:start + k]
        return ops.conv2d(x, w, pad_mode="same", groups=x.shape[1])


class ElasticStage(nn.Cell):
    def __init__(self, channels, depth):
        super().__init__()
        self.blocks = nn.CellList([DynamicKernelConv(channels) for _ in range(depth)])

    def construct(self, x, *args, **kwargs):
        for block in self.blocks:
            x = ops.relu(block(x, *args, **kwargs)) + x
        return x


class ElasticNet(nn.Cell):
    def __init__(self, channels=4, depth=2, active_kernel=KERNEL_CHOICES[1]):
        super().__init__()
        self.stage = ElasticStage(channels, depth)
        self.active_kernel = active_kernel

    def construct(self, x):
        return self.stage(x, kernel_size=self.active_kernel)


def make():
    np.random.seed(3809)
    cell = ElasticNet()
    x = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    return cell, (x,)
