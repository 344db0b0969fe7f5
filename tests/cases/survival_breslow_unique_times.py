# case: Breslow baseline hazard that groups tied event times with ops.unique -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BreslowBaseline(nn.Cell):
    def __init__(self):
        super().__init__()
        self.exp = ops.Exp()

    def construct(self, risk, times, events):
        uniq_times, idx = ops.unique(times)
        n_groups = uniq_times.shape[0]
        onehot = ops.one_hot(idx, n_groups, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        deaths = ops.matmul(events.expand_dims(0), onehot).squeeze(0)
        at_risk = (times.expand_dims(1) >= uniq_times.expand_dims(0)).astype(ms.float32)
        denom = ops.matmul(self.exp(risk).expand_dims(0), at_risk).squeeze(0)
        hazard = deaths / denom
        return ops.cumsum(hazard, 0)


def make():
    np.random.seed(4)
    risk = Tensor(np.random.randn(10).astype(np.float32))
    times = Tensor(np.array([2, 5, 5, 7, 9, 9, 9, 12, 15, 20], dtype=np.float32))
    events = Tensor(np.array([1, 1, 0, 1, 1, 0, 1, 0, 1, 0], dtype=np.float32))
    return BreslowBaseline(), (risk, times, events)
