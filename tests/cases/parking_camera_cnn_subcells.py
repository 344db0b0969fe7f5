# case: small CNN classifies slot crops as empty/occupied, built from Sequential sub-cells -> static
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


class SlotClassifier(nn.Cell):
    def __init__(self, num_classes=2, width=8):
        super().__init__()
        self.features = nn.SequentialCell([ConvBlock(3, width), ConvBlock(width, width * 2)])
        self.flatten = nn.Flatten()
        self.head = nn.Dense(width * 2 * 8 * 8, num_classes)

    def construct(self, crops):
        feats = self.flatten(self.features(crops))
        logits = self.head(feats)
        occupied_prob = ops.softmax(logits, axis=-1)[:, 1]
        return occupied_prob


def make():
    np.random.seed(19)
    crops = Tensor(np.random.rand(6, 3, 32, 32).astype(np.float32))
    net = SlotClassifier()
    net.set_train(False)
    return net, (crops,)
