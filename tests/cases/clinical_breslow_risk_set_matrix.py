# case: Efron/Breslow-style Cox loss using a dense pairwise risk-set matrix built from broadcast time comparisons -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def risk_set_matrix(times):
    # R[i, j] = 1 if patient j is still at risk at the event time of patient i
    return (times.expand_dims(0) >= times.expand_dims(1)).astype(ms.float32)


class DeepSurv(nn.Cell):
    def __init__(self, n_features=6, hidden=(16, 8), l2=0.0):
        super().__init__()
        layers = []
        d = n_features
        for h in hidden:
            layers += [nn.Dense(d, h), nn.SeLU()]
            d = h
        layers.append(nn.Dense(d, 1))
        self.net = nn.SequentialCell(layers)
        self.l2 = l2

    def construct(self, x, times, events):
        risk = self.net(x).squeeze(-1)
        R = risk_set_matrix(times)
        masked = risk.expand_dims(0) + ops.log(R + 1e-12)
        log_denom = ops.logsumexp(masked, 1)
        loss = -((risk - log_denom) * events).sum() / (events.sum() + 1e-6)
        if self.l2 > 0:
            loss = loss + self.l2 * (risk ** 2).mean()
        return loss


def make():
    np.random.seed(31)
    x = Tensor(np.random.randn(9, 6).astype(np.float32))
    times = Tensor(np.random.randint(1, 20, 9).astype(np.float32))
    events = Tensor(np.random.binomial(1, 0.7, 9).astype(np.float32))
    return DeepSurv(), (x, times, events)
