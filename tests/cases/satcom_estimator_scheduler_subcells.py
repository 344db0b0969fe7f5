# case: composite link scheduler with a CQI estimator sub-Cell (Dense layer) and a proportional-fair scheduler sub-Cell picking argmax per slot -> sub-Cells with static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CqiEstimator(nn.Cell):
    def __init__(self, n_features=4):
        super().__init__()
        self.fc = nn.Dense(n_features, 1)

    def construct(self, feats):
        return ops.softplus(self.fc(feats)).squeeze(-1)


class PfScheduler(nn.Cell):
    def __init__(self, eps=1e-3):
        super().__init__()
        self.eps = eps

    def construct(self, inst_rate, avg_rate):
        metric = inst_rate / (avg_rate + self.eps)
        return ops.argmax(metric, dim=-1)


class LinkScheduler(nn.Cell):
    def __init__(self):
        super().__init__()
        self.estimator = CqiEstimator(4)
        self.scheduler = PfScheduler()

    def construct(self, feats, avg_rate):
        rate = self.estimator(feats)
        winner = self.scheduler(rate, avg_rate)
        return winner, rate


def make():
    np.random.seed(42)
    ms.set_seed(42)
    feats = Tensor(np.random.randn(3, 8, 4).astype(np.float32))
    avg = Tensor(np.random.uniform(0.1, 2.0, size=(3, 8)).astype(np.float32))
    return LinkScheduler(), (feats, avg)
