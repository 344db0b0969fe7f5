# case: a stage passes (height, width) ints down to its blocks, which reshape with them (static)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Block(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.dw = nn.Conv2d(dim, dim, 3, group=dim, pad_mode="same")

    def construct(self, x, hw):
        height, width = hw
        b, n, c = x.shape
        y = x.swapaxes(1, 2).reshape(b, c, height, width)
        y = self.dw(y)
        return y.reshape(b, c, n).swapaxes(1, 2)


class Stage(nn.Cell):
    def __init__(self, dim=8, depth=2):
        super().__init__()
        self.blocks = nn.CellList([Block(dim) for _ in range(depth)])

    def construct(self, x, hw):
        for blk in self.blocks:
            x = blk(x, hw)
        return x


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.stage = Stage()

    def construct(self, x):
        b, c, h, w = x.shape
        tokens = x.flatten(start_dim=2).swapaxes(1, 2)
        return self.stage(tokens, (h, w))


def make():
    return Net(), (Tensor(np.ones((2, 8, 4, 4), np.float32)),)
