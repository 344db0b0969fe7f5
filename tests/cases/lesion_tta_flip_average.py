# case: test-time augmentation averaging predictions over horizontal, vertical and both flips with constant axes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinySegNet(nn.Cell):
    def __init__(self, ch=8):
        super().__init__()
        self.body = nn.SequentialCell([
            nn.Conv2d(1, ch, 3, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(ch, 1, 3, pad_mode="same"),
        ])

    def construct(self, x):
        return ops.sigmoid(self.body(x))


class FlipTTA(nn.Cell):
    def __init__(self, net, flip_dims=((3,), (2,), (2, 3))):
        super().__init__()
        self.net = net
        self.flip_dims = flip_dims

    def construct(self, x):
        acc = self.net(x)
        for dims in self.flip_dims:
            y = self.net(ops.flip(x, dims))
            acc = acc + ops.flip(y, dims)
        return acc / (len(self.flip_dims) + 1)


def make():
    np.random.seed(32)
    x = np.random.rand(2, 1, 16, 16).astype(np.float32)
    return FlipTTA(TinySegNet()), (Tensor(x),)
