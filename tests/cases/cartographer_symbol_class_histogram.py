# case: build a legend presence vector from a one-hot histogram of symbol classes with a fixed class count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LegendBuilder(nn.Cell):
    def __init__(self, n_classes=12, row_height=14.0):
        super().__init__()
        self.n_classes = n_classes
        self.row_height = row_height
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, symbol_classes):
        onehot = ops.one_hot(symbol_classes, self.n_classes, self.on, self.off)
        hist = onehot.sum(0)
        present = (hist > 0).astype(ms.float32)
        legend_height = present.sum() * self.row_height
        return hist, legend_height


def make():
    np.random.seed(46)
    cls = np.random.choice([0, 2, 3, 7, 9], size=30).astype(np.int32)
    return LegendBuilder(), (Tensor(cls),)
