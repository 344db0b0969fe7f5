# case: route brine through the pond network with a dense channel-fraction matrix built once in __init__ -> dense matmul with fixed shapes, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CHANNELS = [(0, 1), (1, 2), (2, 3), (1, 4), (4, 5), (3, 5), (5, 6)]
SPLITS = [1.0, 0.6, 1.0, 0.4, 1.0, 1.0, 1.0]


def build_routing_matrix(n_ponds, channels, splits):
    m = np.zeros((n_ponds, n_ponds), dtype=np.float32)
    for (src, dst), frac in zip(channels, splits):
        m[dst, src] = frac
    return m


class BrineRouter(nn.Cell):
    def __init__(self, n_ponds=7, seepage=0.03):
        super().__init__()
        self.routing = Tensor(build_routing_matrix(n_ponds, CHANNELS, SPLITS))
        self.keep = 1.0 - seepage

    def construct(self, outflow_m3):
        inflow = ops.matmul(self.routing, outflow_m3) * self.keep
        return inflow.squeeze(-1)


def make():
    np.random.seed(2)
    outflow = np.random.uniform(50.0, 200.0, size=(7, 1)).astype(np.float32)
    return BrineRouter(), (Tensor(outflow),)
