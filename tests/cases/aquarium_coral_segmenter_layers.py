# case: small coral-vs-rock segmentation network built from a Python-int number of conv blocks with an optional batch-norm config flag -> loop over range(int) and config flag, expect static compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, cin, cout, use_bn=True):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, pad_mode="same")
        self.use_bn = use_bn
        self.bn = nn.BatchNorm2d(cout) if use_bn else nn.Identity()

    def construct(self, x):
        x = self.conv(x)
        if self.use_bn:
            x = self.bn(x)
        return ops.relu(x)


class CoralSegmenter(nn.Cell):
    def __init__(self, depth=3, width=8, use_bn=True):
        super().__init__()
        chans = [3] + [width] * depth
        self.blocks = nn.CellList([ConvBlock(chans[i], chans[i + 1], use_bn) for i in range(depth)])
        self.head = nn.Conv2d(width, 2, 1)
        self.depth = depth

    def construct(self, photo):
        x = photo
        for i in range(self.depth):
            x = self.blocks[i](x)
        logits = self.head(x)
        coral_frac = ops.softmax(logits, axis=1)[:, 1].mean(axis=(1, 2))
        return logits, coral_frac


def make():
    np.random.seed(241)
    photo = Tensor(np.random.rand(2, 3, 32, 32).astype(np.float32))
    net = CoralSegmenter()
    net.set_train(False)
    return net, (photo,)
