# case: assign boardings to downstream links with a dense routing matrix kept as a constant tensor -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def dense_routing(n_stops, reach=3):
    m = np.zeros((n_stops, n_stops), np.float32)
    for o in range(n_stops):
        dests = range(o + 1, min(o + 1 + reach, n_stops))
        for d in dests:
            m[o, d] = 1.0 / len(dests)
    return m


class DenseLinkLoad(nn.Cell):
    def __init__(self, n_stops=9, reach=3):
        super().__init__()
        self.routing = Tensor(dense_routing(n_stops, reach))

    def construct(self, boardings):
        flows = ops.matmul(self.routing.T, boardings.reshape(-1, 1)).reshape(-1)
        peak_link = flows.argmax()
        return flows, peak_link


def make():
    np.random.seed(3075)
    b = np.random.poisson(20, size=(9,)).astype(np.float32)
    return DenseLinkLoad(), (Tensor(b),)
