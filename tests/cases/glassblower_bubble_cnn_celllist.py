# case: small bubble-defect classifier for goblet images built from an nn.CellList of conv blocks iterated in construct -> standard static network, should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, pad_mode="same")
        self.bn = nn.BatchNorm2d(cout)
        self.pool = nn.MaxPool2d(2, 2)

    def construct(self, x):
        return self.pool(ops.relu(self.bn(self.conv(x))))


class BubbleClassifier(nn.Cell):
    def __init__(self, widths=(1, 8, 16, 16), n_classes=3):
        super().__init__()
        self.blocks = nn.CellList([ConvBlock(a, b) for a, b in zip(widths[:-1], widths[1:])])
        self.head = nn.Dense(widths[-1], n_classes)

    def construct(self, img):
        x = img
        for blk in self.blocks:
            x = blk(x)
        x = x.mean(axis=(2, 3))
        return ops.softmax(self.head(x), axis=-1)


def make():
    np.random.seed(241)
    ms.set_seed(241)
    img = np.random.rand(2, 1, 32, 32).astype(np.float32)
    net = BubbleClassifier()
    net.set_train(False)
    return net, (Tensor(img),)
