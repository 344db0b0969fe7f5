# case: small CNN classifies wafer defect maps into the nine WM-811K pattern classes (center, donut, edge-ring, ...) -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PATTERNS = ["center", "donut", "edge_loc", "edge_ring", "loc", "near_full", "random", "scratch", "none"]


class ConvBlock(nn.Cell):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, pad_mode="same")
        self.bn = nn.BatchNorm2d(cout)
        self.act = nn.ReLU()
        self.pool = nn.MaxPool2d(2, 2)

    def construct(self, x):
        return self.pool(self.act(self.bn(self.conv(x))))


class WaferPatternNet(nn.Cell):
    def __init__(self, num_classes=len(PATTERNS), width=8):
        super().__init__()
        self.blocks = nn.SequentialCell([ConvBlock(1, width), ConvBlock(width, width * 2)])
        self.flatten = nn.Flatten()
        self.fc = nn.Dense(width * 2 * 4 * 4, num_classes)

    def construct(self, wmap):
        feats = self.blocks(wmap)
        logits = self.fc(self.flatten(feats))
        return ops.softmax(logits, axis=-1).argmax(axis=-1), logits


def make():
    np.random.seed(28)
    net = WaferPatternNet()
    net.set_train(False)
    return net, (Tensor(np.random.randint(0, 3, size=(2, 1, 16, 16)).astype(np.float32)),)
