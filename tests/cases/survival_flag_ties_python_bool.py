# case: Cox loss with a Python bool constructor flag choosing Efron-like tie correction or plain Breslow -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CoxTiesLoss(nn.Cell):
    def __init__(self, efron=False, eps=1e-7):
        super().__init__()
        self.efron = efron
        self.eps = eps

    def construct(self, risk, times, events):
        at_risk = (times.expand_dims(0) >= times.expand_dims(1)).astype(ms.float32)
        exp_r = ops.exp(risk)
        denom = ops.matmul(at_risk, exp_r)
        if self.efron:
            tied = (times.expand_dims(0) == times.expand_dims(1)).astype(ms.float32)
            tied_events = tied * events.expand_dims(0)
            tie_sum = ops.matmul(tied_events, exp_r)
            n_tied = tied_events.sum(axis=1)
            denom = denom - 0.5 * tie_sum * (n_tied > 1).astype(ms.float32)
        ll = (risk - ops.log(denom + self.eps)) * events
        return -ll.sum() / ops.clamp(events.sum(), min=1.0)


def make():
    np.random.seed(19)
    risk = Tensor(np.random.randn(9).astype(np.float32))
    times = Tensor(np.array([3, 3, 5, 8, 8, 8, 10, 13, 14], dtype=np.float32))
    events = Tensor(np.array([1, 1, 0, 1, 0, 1, 1, 0, 1], dtype=np.float32))
    return CoxTiesLoss(efron=True), (risk, times, events)
