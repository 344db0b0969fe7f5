# case: assign boardings to downstream links with a sparse origin-destination routing matrix stored as a CSRTensor -> sparse tensor ops, expect error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def build_routing(n_stops):
    indptr, cols, vals = [0], [], []
    for o in range(n_stops):
        dests = list(range(o + 1, min(o + 4, n_stops)))
        for d in dests:
            cols.append(d)
            vals.append(1.0 / len(dests))
        indptr.append(len(cols))
    return (np.array(indptr, np.int32), np.array(cols, np.int32),
            np.array(vals, np.float32))


class LinkLoadAssigner(nn.Cell):
    def __init__(self, n_stops=9):
        super().__init__()
        indptr, cols, vals = build_routing(n_stops)
        self.indptr = Tensor(indptr)
        self.cols = Tensor(cols)
        self.vals = Tensor(vals)
        self.shape = (n_stops, n_stops)

    def construct(self, boardings):
        routing = ms.CSRTensor(self.indptr, self.cols, self.vals, self.shape)
        flows = routing.mv(boardings.reshape(-1, 1))
        return flows.reshape(-1), flows.sum()


def make():
    np.random.seed(3074)
    b = np.random.poisson(20, size=(9,)).astype(np.float32)
    return LinkLoadAssigner(), (Tensor(b),)
