# case: deck camera species net built as a CellList of conv stages looped over in construct, with a residual flag -> loop over python-sized CellList, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvStage(nn.Cell):
    def __init__(self, cin, cout, residual=False):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, pad_mode="same")
        self.bn = nn.BatchNorm2d(cout)
        self.act = nn.ReLU()
        self.residual = residual and cin == cout

    def construct(self, x):
        y = self.act(self.bn(self.conv(x)))
        if self.residual:
            y = y + x
        return y


class SpeciesNet(nn.Cell):
    def __init__(self, widths=(8, 8, 16, 16), n_species=8):
        super().__init__()
        stages = []
        cin = 3
        for w in widths:
            stages.append(ConvStage(cin, w, residual=True))
            cin = w
        self.stages = nn.CellList(stages)
        self.pool = nn.MaxPool2d(2, 2)
        self.head = nn.Dense(cin, n_species)

    def construct(self, img):
        x = img
        for stage in self.stages:
            x = self.pool(stage(x))
        return self.head(x.mean(axis=(2, 3)))


def make():
    np.random.seed(38)
    img = Tensor(np.random.rand(2, 3, 32, 32).astype(np.float32))
    net = SpeciesNet()
    net.set_train(False)
    return net, (img,)
