# case: loops over patients and appends a Cox term only when that patient had an event, then stacks the list -> list length depends on data, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NaiveCoxLoss(nn.Cell):
    def __init__(self, batch_size=8):
        super().__init__()
        self.batch_size = batch_size

    def term(self, risk, times, i):
        at_risk = (times >= times[i]).astype(ms.float32)
        log_denom = ops.log((ops.exp(risk) * at_risk).sum())
        return risk[i] - log_denom

    def construct(self, risk, times, events):
        terms = []
        for i in range(self.batch_size):
            if events[i] > 0:
                terms.append(self.term(risk, times, i))
        return -ops.stack(terms).mean()


def make():
    np.random.seed(9)
    risk = Tensor(np.random.randn(8).astype(np.float32))
    times = Tensor(np.random.rand(8).astype(np.float32) * 40)
    events = Tensor(np.array([1, 0, 1, 1, 0, 0, 1, 0], dtype=np.float32))
    return NaiveCoxLoss(), (risk, times, events)
