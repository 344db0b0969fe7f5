# case: 1-D CNN tremor-type classifier (harmonic, spasmodic, banded) looping over a CellList of conv blocks -> loop over a constant number of layers, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, c_in, c_out):
        super().__init__()
        self.conv = nn.Conv1d(c_in, c_out, kernel_size=5, pad_mode="same")
        self.bn = nn.BatchNorm1d(c_out)
        self.act = nn.ReLU()
        self.pool = nn.MaxPool1d(kernel_size=2, stride=2)

    def construct(self, x):
        return self.pool(self.act(self.bn(self.conv(x))))


class TremorTypeCNN(nn.Cell):
    def __init__(self, channels=(3, 8, 16, 32), n_classes=3, dropout=0.2):
        super().__init__()
        self.blocks = nn.CellList([ConvBlock(channels[i], channels[i + 1]) for i in range(len(channels) - 1)])
        self.drop = nn.Dropout(p=dropout)
        self.head = nn.Dense(channels[-1], n_classes)

    def construct(self, seismogram):
        x = seismogram
        for block in self.blocks:
            x = block(x)
        x = x.mean(axis=-1)
        return self.head(self.drop(x))


def make():
    np.random.seed(201)
    net = TremorTypeCNN()
    net.set_train(False)
    x = Tensor(np.random.randn(4, 3, 128).astype(np.float32))
    return net, (x,)
