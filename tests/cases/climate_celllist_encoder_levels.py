# case: multi-level encoder over pressure-level groups held in a CellList, skip features collected per level -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DownBlock(nn.Cell):
    def __init__(self, cin, cout, downsample=True):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, pad_mode="same")
        self.act = nn.ReLU()
        self.pool = nn.AvgPool2d(2, 2) if downsample else nn.Identity()

    def construct(self, x):
        h = self.act(self.conv(x))
        return self.pool(h), h


class LevelEncoder(nn.Cell):
    def __init__(self, in_vars=5, widths=(8, 16, 32)):
        super().__init__()
        chans = (in_vars,) + tuple(widths)
        self.blocks = nn.CellList([DownBlock(chans[i], chans[i + 1], i < len(widths) - 1) for i in range(len(widths))])

    def construct(self, x):
        skips = []
        for block in self.blocks:
            x, h = block(x)
            skips.append(h)
        pooled = [ops.mean(s, axis=(2, 3)) for s in skips]
        return x, ops.concat(pooled, axis=1)


def make():
    np.random.seed(113)
    ms.set_seed(113)
    x = Tensor(np.random.randn(2, 5, 8, 16).astype(np.float32))
    return LevelEncoder(), (x,)
