# case: ProGAN/StyleGAN minibatch standard deviation layer with group size min(group, N) from x.shape and extra feature channel -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MinibatchStdDev(nn.Cell):
    def __init__(self, group_size=4, num_channels=1, eps=1e-8):
        super().__init__()
        self.group_size = group_size
        self.num_channels = num_channels
        self.eps = eps

    def construct(self, x):
        n, c, h, w = x.shape
        g = min(self.group_size, n) if self.group_size is not None else n
        f = self.num_channels
        y = x.reshape(g, -1, f, c // f, h, w)
        y = y - y.mean(axis=0)
        y = ops.sqrt((y * y).mean(axis=0) + self.eps)
        y = y.mean(axis=(2, 3, 4))
        y = y.reshape(-1, f, 1, 1)
        y = ops.tile(y, (g, 1, h, w))
        return ops.concat((x, y), axis=1)


class DiscriminatorEpilogue(nn.Cell):
    def __init__(self, ch=4, res=4):
        super().__init__()
        self.mbstd = MinibatchStdDev(group_size=2)
        self.conv = nn.Conv2d(ch + 1, ch, 3, pad_mode="same")
        self.fc = nn.Dense(ch * res * res, 1)

    def construct(self, x):
        x = self.mbstd(x)
        x = ops.leaky_relu(self.conv(x), 0.2)
        return self.fc(x.reshape(x.shape[0], -1))


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(4, 4, 4, 4).astype(np.float32))
    return DiscriminatorEpilogue(), (x,)
