# case: Cox partial likelihood that picks event-only risk terms with masked_select -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RiskNet(nn.Cell):
    def __init__(self, in_dim=8, hidden=16):
        super().__init__()
        self.fc1 = nn.Dense(in_dim, hidden)
        self.act = nn.ReLU()
        self.fc2 = nn.Dense(hidden, 1)

    def construct(self, x):
        return self.fc2(self.act(self.fc1(x))).squeeze(-1)


class CoxPHLoss(nn.Cell):
    def __init__(self, net):
        super().__init__()
        self.net = net

    def construct(self, x, times, events):
        risk = self.net(x)
        order = ops.argsort(times, descending=True)
        risk = ops.gather(risk, order, 0)
        ev = ops.gather(events, order, 0)
        log_cum = ops.logcumsumexp(risk, 0)
        partial = risk - log_cum
        event_terms = ops.masked_select(partial, ev > 0.5)
        return -event_terms.mean()


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(12, 8).astype(np.float32))
    times = Tensor(np.random.rand(12).astype(np.float32) * 100)
    events = Tensor((np.random.rand(12) > 0.4).astype(np.float32))
    return CoxPHLoss(RiskNet()), (x, times, events)
