# case: occupancy-grid head stacking a configurable number of residual conv blocks held in a CellList -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResBlock(nn.Cell):
    def __init__(self, ch, dilation=1):
        super().__init__()
        self.conv1 = nn.Conv2d(ch, ch, 3, pad_mode="pad", padding=dilation, dilation=dilation)
        self.conv2 = nn.Conv2d(ch, ch, 3, pad_mode="same")
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(x + self.conv2(self.act(self.conv1(x))))


class OccupancyHead(nn.Cell):
    def __init__(self, in_ch=8, num_blocks=3, num_classes=3, dilations=(1, 2, 1)):
        super().__init__()
        self.num_blocks = num_blocks
        self.blocks = nn.CellList([ResBlock(in_ch, dilations[i]) for i in range(num_blocks)])
        self.cls = nn.Conv2d(in_ch, num_classes, 1)

    def construct(self, bev):
        x = bev
        feats = []
        for i in range(self.num_blocks):
            x = self.blocks[i](x)
            feats.append(x)
        x = feats[-1] + feats[0]
        return ops.softmax(self.cls(x), axis=1)


def make():
    np.random.seed(27)
    return OccupancyHead(), (Tensor(np.random.randn(1, 8, 12, 12).astype(np.float32)),)
