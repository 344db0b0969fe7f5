# case: metapopulation force of infection computed from a sparse COOTensor travel-contact matrix built in construct from edge lists -> sparse tensor in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, COOTensor


class SparseMetapopFOI(nn.Cell):
    def __init__(self, n_regions=6):
        super().__init__()
        self.n_regions = n_regions
        self.beta = Parameter(Tensor(0.3, ms.float32), name="beta")

    def construct(self, edges, weights, infected, population):
        contacts = COOTensor(edges, weights, (self.n_regions, self.n_regions))
        prevalence = (infected / population).reshape(-1, 1)
        mixed = contacts.to_dense()
        foi = self.beta * ops.matmul(mixed, prevalence).reshape(-1)
        return foi


def make():
    np.random.seed(30)
    n = 6
    src = np.random.randint(0, n, size=10)
    dst = np.random.randint(0, n, size=10)
    edges = np.stack([src, dst], axis=1).astype(np.int32)
    weights = np.random.uniform(0.01, 0.2, size=10).astype(np.float32)
    infected = np.random.uniform(1, 50, size=n).astype(np.float32)
    pop = np.random.uniform(1e3, 1e4, size=n).astype(np.float32)
    return SparseMetapopFOI(), (Tensor(edges), Tensor(weights), Tensor(infected), Tensor(pop))
