# case: 1-D CNN arrhythmia classifier with a CellList of conv blocks iterated in a constant Python loop, global average pooling and a dense head -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, cin, cout, kernel=7):
        super().__init__()
        self.conv = nn.Conv1d(cin, cout, kernel, pad_mode="same")
        self.bn = nn.BatchNorm1d(cout)
        self.act = nn.ReLU()
        self.pool = nn.MaxPool1d(kernel_size=2, stride=2)

    def construct(self, x):
        return self.pool(self.act(self.bn(self.conv(x))))


class BeatClassifier(nn.Cell):
    def __init__(self, channels=(1, 8, 16, 16), n_classes=5):
        super().__init__()
        self.blocks = nn.CellList([ConvBlock(channels[i], channels[i + 1]) for i in range(len(channels) - 1)])
        self.head = nn.Dense(channels[-1], n_classes)

    def construct(self, beats):
        x = beats
        for block in self.blocks:
            x = block(x)
        x = x.mean(axis=-1)
        return self.head(x)


def make():
    np.random.seed(33)
    beats = np.random.randn(4, 1, 64).astype(np.float32)
    net = BeatClassifier()
    net.set_train(False)
    return net, (Tensor(beats),)
