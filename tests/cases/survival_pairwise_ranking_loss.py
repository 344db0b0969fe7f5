# case: concordance-style pairwise ranking loss with sigmoid of risk differences and comparable-pair mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PairwiseRankingLoss(nn.Cell):
    def __init__(self, sigma=0.5):
        super().__init__()
        self.sigma = sigma

    def comparable_pairs(self, times, events):
        earlier = (times.expand_dims(1) < times.expand_dims(0)).astype(ms.float32)
        return earlier * events.expand_dims(1)

    def construct(self, risk, times, events):
        pairs = self.comparable_pairs(times, events)
        diff = risk.expand_dims(1) - risk.expand_dims(0)
        soft = ops.sigmoid(diff / self.sigma)
        n_pairs = ops.maximum(pairs.sum(), Tensor(1.0, ms.float32))
        return 1.0 - (soft * pairs).sum() / n_pairs


class Model(nn.Cell):
    def __init__(self):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(6, 8), nn.ReLU(), nn.Dense(8, 1)])
        self.loss = PairwiseRankingLoss()

    def construct(self, x, times, events):
        return self.loss(self.net(x).squeeze(-1), times, events)


def make():
    np.random.seed(7)
    x = Tensor(np.random.randn(11, 6).astype(np.float32))
    times = Tensor(np.random.rand(11).astype(np.float32) * 30)
    events = Tensor((np.random.rand(11) > 0.35).astype(np.float32))
    return Model(), (x, times, events)
