# case: detects bar, line-point and legend elements with one conv head per element type held in a CellList and looped over in construct -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChartElementHeads(nn.Cell):
    def __init__(self, channels=4, element_types=("bar", "point", "legend")):
        super().__init__()
        self.element_types = element_types
        self.heads = nn.CellList([
            nn.Conv2d(channels, 1, 3, pad_mode="same", has_bias=True) for _ in element_types
        ])

    def construct(self, feats):
        maps = []
        for head in self.heads:
            maps.append(ops.sigmoid(head(feats)))
        stacked = ops.concat(maps, axis=1)
        presence = stacked.max(axis=(2, 3))
        return stacked, presence


def make():
    np.random.seed(38)
    feats = Tensor(np.random.randn(2, 4, 10, 12).astype(np.float32))
    return ChartElementHeads(), (feats,)
