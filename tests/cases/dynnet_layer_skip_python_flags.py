# case: layer-skipping network whose skipped layers are fixed by a constructor list of Python ints checked in a constant loop -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, ch):
        super().__init__()
        self.conv = nn.Conv2d(ch, ch, 3, pad_mode="same")
        self.bn = nn.BatchNorm2d(ch)

    def construct(self, x):
        return ops.relu(self.bn(self.conv(x))) + x


class SkippableResNet(nn.Cell):
    def __init__(self, ch=8, depth=5, skip_layers=(1, 3), use_head=True):
        super().__init__()
        self.stem = nn.Conv2d(3, ch, 3, pad_mode="same")
        self.blocks = nn.CellList([ConvBlock(ch) for _ in range(depth)])
        self.skip_layers = tuple(skip_layers)
        self.use_head = use_head
        self.head = nn.Dense(ch, 10)

    def construct(self, x):
        x = self.stem(x)
        for i, block in enumerate(self.blocks):
            if i in self.skip_layers:
                continue
            x = block(x)
        feats = x.mean(axis=(2, 3))
        if self.use_head:
            return self.head(feats)
        return feats


def make():
    np.random.seed(9)
    x = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    net = SkippableResNet()
    net.set_train(False)
    return net, (x,)
