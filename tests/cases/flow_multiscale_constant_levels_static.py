# case: Glow multi-scale encoder looping over a constant number of levels, squeezing and splitting with sizes from x.shape and collecting z's in a list -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Level(nn.Cell):
    def __init__(self, channels):
        super().__init__()
        self.conv = nn.Conv2d(channels, channels, 1, has_bias=True)

    def construct(self, x):
        return x + 0.1 * ops.tanh(self.conv(x))


class MultiScaleGlow(nn.Cell):
    def __init__(self, in_channels=2, n_levels=3):
        super().__init__()
        self.n_levels = n_levels
        levels = []
        c = in_channels
        for _ in range(n_levels):
            c = c * 4
            levels.append(Level(c))
            c = c // 2
        self.levels = nn.CellList(levels)

    @staticmethod
    def squeeze(x):
        b, c, h, w = x.shape
        x = x.reshape(b, c, h // 2, 2, w // 2, 2).transpose(0, 1, 3, 5, 2, 4)
        return x.reshape(b, c * 4, h // 2, w // 2)

    def construct(self, x):
        zs = []
        for i in range(self.n_levels):
            x = self.levels[i](self.squeeze(x))
            half = x.shape[1] // 2
            zs.append(x[:, half:])
            x = x[:, :half]
        zs.append(x)
        return tuple(z.reshape(z.shape[0], -1) for z in zs)


def make():
    np.random.seed(17)
    x = Tensor(np.random.randn(2, 2, 8, 8).astype(np.float32))
    return MultiScaleGlow(), (x,)
