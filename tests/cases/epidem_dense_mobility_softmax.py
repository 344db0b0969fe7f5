# case: metapopulation force of infection from a dense learned mobility matrix normalised with a row softmax and masked by an adjacency matrix -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MobilityFOI(nn.Cell):
    def __init__(self, adjacency, stay_home=0.8):
        super().__init__()
        n = adjacency.shape[0]
        self.adj = Tensor(adjacency.astype(np.float32))
        self.logits = Parameter(Tensor(np.zeros((n, n), np.float32)), name="mobility_logits")
        self.beta = Parameter(Tensor(0.3, ms.float32), name="beta")
        self.stay_home = stay_home
        self.eye = Tensor(np.eye(n, dtype=np.float32))

    def mobility(self):
        masked = self.logits + (1.0 - self.adj) * -1e9
        travel = ops.softmax(masked, axis=1)
        return self.stay_home * self.eye + (1.0 - self.stay_home) * travel

    def construct(self, infected, population):
        prevalence = infected / population
        foi = self.beta * ops.mv(self.mobility(), prevalence)
        return foi


def make():
    np.random.seed(31)
    n = 6
    adj = (np.random.rand(n, n) > 0.5).astype(np.float32)
    np.fill_diagonal(adj, 1.0)
    infected = np.random.uniform(1, 50, size=n).astype(np.float32)
    pop = np.random.uniform(1e3, 1e4, size=n).astype(np.float32)
    return MobilityFOI(adj), (Tensor(infected), Tensor(pop))
