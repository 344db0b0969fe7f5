# case: propagate dissolved-oxygen levels across the connected tank loop using a sparse COO adjacency of pipe connections -> COOTensor built and used in construct, expect Graph mode to error or fall back
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def pipe_connections(num_tanks):
    src = np.arange(num_tanks)
    dst = (src + 1) % num_tanks
    idx = np.stack([np.concatenate([src, dst]), np.concatenate([dst, src])], axis=1)
    return idx.astype(np.int32)


class OxygenDiffusion(nn.Cell):
    def __init__(self, num_tanks=8, mixing=0.15, steps=3):
        super().__init__()
        self.num_tanks = num_tanks
        self.mixing = mixing
        self.steps = steps
        self.indices = Tensor(pipe_connections(num_tanks))

    def construct(self, oxygen_mg_l, flow_weights):
        adj = ms.COOTensor(self.indices, flow_weights, (self.num_tanks, self.num_tanks))
        o2 = oxygen_mg_l.reshape(-1, 1)
        for _ in range(self.steps):
            inflow = ops.matmul(adj.to_dense(), o2)
            o2 = (1.0 - self.mixing) * o2 + self.mixing * inflow / 2.0
        return o2.squeeze(-1)


def make():
    np.random.seed(71)
    oxygen = Tensor(np.random.uniform(5.0, 9.0, size=(8,)).astype(np.float32))
    weights = Tensor(np.random.uniform(0.8, 1.2, size=(16,)).astype(np.float32))
    return OxygenDiffusion(), (oxygen, weights)
