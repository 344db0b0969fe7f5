# case: propagates row-span labels downward by a fixed number of while-loop iterations with ops.where on shifted grids -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RowSpanFiller(nn.Cell):
    def __init__(self, iters=3):
        super().__init__()
        self.iters = iters

    def shift_down(self, labels):
        top = ops.zeros_like(labels[:1])
        return ops.concat((top, labels[:-1]), axis=0)

    def construct(self, labels, continues):
        # labels: (rows, cols) cell ids, 0 for cells covered by a span from above
        # continues: (rows, cols) bool, True where the cell continues the span above
        i = 0
        while i < self.iters:
            above = self.shift_down(labels)
            labels = ops.where(continues, above, labels)
            i += 1
        return labels


def make():
    np.random.seed(37)
    labels = np.arange(1, 21, dtype=np.int32).reshape(5, 4)
    cont = np.zeros((5, 4), dtype=np.bool_)
    cont[1:4, 0] = True
    cont[2, 2] = True
    labels[cont] = 0
    return RowSpanFiller(), (Tensor(labels), Tensor(cont))
