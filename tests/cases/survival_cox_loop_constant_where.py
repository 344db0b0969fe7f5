# case: loops over a fixed batch size and uses ops.where to zero out censored patients' Cox terms -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoopCoxLoss(nn.Cell):
    def __init__(self, batch_size=8):
        super().__init__()
        self.batch_size = batch_size

    def term(self, risk, times, i):
        at_risk = (times >= times[i]).astype(ms.float32)
        log_denom = ops.log((ops.exp(risk) * at_risk).sum())
        return risk[i] - log_denom

    def construct(self, risk, times, events):
        total = ops.zeros((), ms.float32)
        for i in range(self.batch_size):
            t = self.term(risk, times, i)
            total = total + ops.where(events[i] > 0, t, ops.zeros_like(t))
        n = ops.maximum(events.sum(), ops.ones((), ms.float32))
        return -total / n


def make():
    np.random.seed(10)
    risk = Tensor(np.random.randn(8).astype(np.float32))
    times = Tensor(np.random.rand(8).astype(np.float32) * 40)
    events = Tensor(np.array([1, 0, 1, 1, 0, 0, 1, 0], dtype=np.float32))
    return LoopCoxLoss(), (risk, times, events)
