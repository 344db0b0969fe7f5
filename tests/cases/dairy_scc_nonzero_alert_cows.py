# case: somatic-cell-count screen finds cows above 200k cells/mL with ops.nonzero and gathers their records -> dynamic shape in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SccScreen(nn.Cell):
    def __init__(self, threshold_k=200.0):
        super().__init__()
        self.threshold = threshold_k
        self.risk = nn.Dense(3, 1)

    def alert_indices(self, scc):
        idx = ops.nonzero(scc > self.threshold)
        return idx.reshape(-1)

    def construct(self, scc, cow_features):
        idx = self.alert_indices(scc)
        suspects = ops.gather(cow_features, idx, 0)
        return ops.sigmoid(self.risk(suspects)).squeeze(-1)


def make():
    np.random.seed(4)
    scc = np.random.lognormal(4.8, 0.6, (12,)).astype(np.float32)
    scc[[2, 7]] = [450.0, 320.0]
    feats = np.random.randn(12, 3).astype(np.float32)
    return SccScreen(), (Tensor(scc), Tensor(feats))
