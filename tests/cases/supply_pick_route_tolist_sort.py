# case: pick path built by converting bin locations to a Python list with .tolist() and sorting by aisle with sorted() in construct -> host round trip in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PickRouter(nn.Cell):
    def __init__(self, aisle_width=3.0, bay_depth=1.2):
        super().__init__()
        self.aisle_width = aisle_width
        self.bay_depth = bay_depth

    def construct(self, aisle, bay):
        stops = list(zip(aisle.tolist(), bay.tolist()))
        route = sorted(stops, key=lambda s: (s[0], s[1]))
        route_t = Tensor(np.array(route, dtype=np.float32))
        steps = route_t[1:] - route_t[:-1]
        dist = ops.abs(steps[:, 0]) * self.aisle_width + ops.abs(steps[:, 1]) * self.bay_depth
        return dist.sum()


def make():
    np.random.seed(26)
    aisle = Tensor(np.random.randint(0, 10, 9).astype(np.int32))
    bay = Tensor(np.random.randint(0, 30, 9).astype(np.int32))
    return PickRouter(), (aisle, bay)
