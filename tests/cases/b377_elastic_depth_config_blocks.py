# case: once-for-all elastic depth runs only the first active_depth residual blocks of each stage, with the depth taken from a config dict and checked by enumerate over a CellList -> expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_DEPTHS = {"stage1": 2, "stage2": 3}


class ResBlock(nn.Cell):
    def __init__(self, c):
        super().__init__()
        self.conv = nn.Conv2d(c, c, 3, pad_mode="same")
        self.bn = nn.BatchNorm2d(c)

    def construct(self, x):
        return ops.relu(x + self.bn(self.conv(x)))


class ElasticStage(nn.Cell):
    def __init__(self, channels, max_depth, active_depth=None):
        super().__init__()
        self.blocks = nn.CellList([ResBlock(channels) for _ in range(max_depth)])
        self.active_depth = max_depth if active_depth is None else active_depth

    def construct(self, x):
        for i, block in enumerate(self.blocks):
            if i < self.active_depth:
                x = block(x)
        return x


class ElasticBackbone(nn.Cell):
    def __init__(self, channels=8, max_depth=4, depths=None):
        super().__init__()
        depths = DEFAULT_DEPTHS if depths is None else depths
        self.stem = nn.Conv2d(3, channels, 3, pad_mode="same")
        self.stages = nn.CellList([ElasticStage(channels, max_depth, d) for d in depths.values()])

    def construct(self, x):
        h = self.stem(x)
        for stage in self.stages:
            h = stage(h)
        return h.mean(axis=(2, 3))


def make():
    np.random.seed(3779)
    cell = ElasticBackbone()
    cell.set_train(False)
    x = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    return cell, (x,)
