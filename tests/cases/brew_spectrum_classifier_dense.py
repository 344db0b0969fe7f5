# case: off-flavour classifier on absorbance spectra with a baseline-correction sub-Cell, Dense layers and softmax probabilities -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BaselineCorrect(nn.Cell):
    def __init__(self, edge=4):
        super().__init__()
        self.edge = edge

    def construct(self, x):
        base = (x[:, :self.edge].mean(axis=1, keep_dims=True) + x[:, -self.edge:].mean(axis=1, keep_dims=True)) / 2
        return x - base


class OffFlavourNet(nn.Cell):
    def __init__(self, n_bins=32, n_classes=5, hidden=16, dropout=0.1):
        super().__init__()
        self.baseline = BaselineCorrect()
        self.body = nn.SequentialCell([nn.Dense(n_bins, hidden), nn.ReLU(), nn.Dropout(p=dropout)])
        self.head = nn.Dense(hidden, n_classes)
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, spectra):
        x = self.baseline(spectra)
        x = self.body(x)
        probs = self.softmax(self.head(x))
        return probs, ops.argmax(probs, dim=1)


def make():
    np.random.seed(28)
    spectra = np.random.rand(4, 32).astype(np.float32)
    net = OffFlavourNet()
    net.set_train(False)
    return net, (Tensor(spectra),)
