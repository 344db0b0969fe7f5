# case: brood frame image scorer loops over a CellList of conv blocks whose depth is a python config int -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, pad_mode="same")
        self.bn = nn.BatchNorm2d(cout)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.bn(self.conv(x)))


class BroodFrameScorer(nn.Cell):
    def __init__(self, depth=3, width=8, n_classes=4):
        super().__init__()
        chans = [3] + [width] * depth
        self.blocks = nn.CellList([ConvBlock(chans[i], chans[i + 1]) for i in range(depth)])
        self.pool = ops.AdaptiveAvgPool2D(1)
        self.head = nn.Dense(width, n_classes)  # egg, larva, capped, empty

    def construct(self, frame_img):
        x = frame_img
        for blk in self.blocks:
            x = blk(x)
        x = self.pool(x).reshape(x.shape[0], -1)
        return ops.softmax(self.head(x), axis=-1)


def make():
    np.random.seed(161)
    img = np.random.rand(2, 3, 24, 24).astype(np.float32)
    net = BroodFrameScorer()
    net.set_train(False)
    return net, (Tensor(img),)
