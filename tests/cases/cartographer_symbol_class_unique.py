# case: count the distinct symbol classes drawn in a map tile and size a legend from that count -> unique output and legend length from data, dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LegendBuilder(nn.Cell):
    def __init__(self, n_classes=12, row_height=14.0):
        super().__init__()
        self.n_classes = n_classes
        self.row_height = row_height

    def construct(self, symbol_classes):
        classes, _ = ops.unique(symbol_classes)
        n_rows = classes.shape[0]
        legend_height = n_rows * self.row_height
        onehot = ops.one_hot(classes, self.n_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return onehot.sum(0), legend_height


def make():
    np.random.seed(45)
    cls = np.random.choice([0, 2, 3, 7, 9], size=30).astype(np.int32)
    return LegendBuilder(), (Tensor(cls),)
