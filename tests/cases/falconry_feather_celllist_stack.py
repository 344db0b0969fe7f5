# case: feather-condition image encoder stacks conv blocks from a CellList and loops over them, collecting per-block pooled features in a list -> loop over CellList with fixed length, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, pad_mode="same")
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.conv(x))


class FeatherConditionNet(nn.Cell):
    def __init__(self, widths=(3, 8, 16, 16)):
        super().__init__()
        self.blocks = nn.CellList([ConvBlock(widths[i], widths[i + 1]) for i in range(len(widths) - 1)])
        self.head = nn.Dense(8 + 16 + 16, 4)  # fault-bar, wear, mites, healthy

    def construct(self, img):
        pooled = []
        x = img
        for blk in self.blocks:
            x = blk(x)
            pooled.append(x.mean(axis=(2, 3)))
        return self.head(ops.concat(pooled, axis=1))


def make():
    np.random.seed(3207)
    img = Tensor(np.random.rand(2, 3, 16, 16).astype(np.float32))
    return FeatherConditionNet(), (img,)
