# case: knock-on delay spread over a station graph with a dense adjacency Parameter built in __init__ -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class DenseDelaySpread(nn.Cell):
    def __init__(self, n_stations=8, weight=0.6, steps=2):
        super().__init__()
        adj = np.eye(n_stations, k=1, dtype=np.float32) * weight
        self.adj = Parameter(Tensor(adj), name="adj", requires_grad=False)
        self.steps = steps

    def construct(self, delay):
        out = delay
        for _ in range(self.steps):
            out = ops.maximum(out, ops.matmul(out, self.adj))
        return out


def make():
    np.random.seed(15)
    d = Tensor(np.random.uniform(0, 10, size=(3, 8)).astype(np.float32))
    return DenseDelaySpread(), (d,)
