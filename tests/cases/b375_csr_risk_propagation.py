# case: one hop of risk propagation over a merchant co-visit graph stored as an ms.CSRTensor built in construct and multiplied with the risk vector -> sparse tensor in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PropagationConfig:
    def __init__(self, num_merchants=5, damping=0.85, hops=1):
        self.num_merchants = num_merchants
        self.damping = damping
        self.hops = hops


class RiskPropagation(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n = config.num_merchants
        self.damping = config.damping
        self.hops = config.hops

    def _graph(self, indptr, indices, values):
        return ms.CSRTensor(indptr, indices, values, (self.n, self.n))

    def construct(self, indptr, indices, values, seed_risk):
        graph = self._graph(indptr, indices, values)
        risk = seed_risk
        for _ in range(self.hops):
            spread = graph.mv(risk)
            risk = self.damping * spread + (1.0 - self.damping) * seed_risk
        return risk


def make():
    np.random.seed(3760)
    indptr = np.array([0, 2, 3, 5, 6, 7], np.int32)
    indices = np.array([1, 3, 0, 2, 4, 1, 0], np.int32)
    values = np.random.rand(7).astype(np.float32)
    seed = np.random.rand(5, 1).astype(np.float32)
    return RiskPropagation(PropagationConfig()), (Tensor(indptr), Tensor(indices), Tensor(values), Tensor(seed))
