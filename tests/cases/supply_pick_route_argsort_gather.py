# case: pick path ordered by a combined aisle/bay key with argsort and gather, distance from adjacent differences -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SortedPickRoute(nn.Cell):
    def __init__(self, aisle_width=3.0, bay_depth=1.2, max_bays=100):
        super().__init__()
        self.aisle_width = aisle_width
        self.bay_depth = bay_depth
        self.max_bays = max_bays

    def construct(self, aisle, bay):
        key = aisle * self.max_bays + bay
        order = ops.argsort(key.astype(ms.float32))
        a = ops.gather(aisle, order, 0).astype(ms.float32)
        b = ops.gather(bay, order, 0).astype(ms.float32)
        da = ops.abs(a[1:] - a[:-1])
        db = ops.abs(b[1:] - b[:-1])
        dist = da * self.aisle_width + db * self.bay_depth
        return order, dist.sum()


def make():
    np.random.seed(27)
    aisle = Tensor(np.random.randint(0, 10, 9).astype(np.int32))
    bay = Tensor(np.random.randint(0, 30, 9).astype(np.int32))
    return SortedPickRoute(), (aisle, bay)
