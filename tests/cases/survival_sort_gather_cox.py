# case: Cox loss sorting by descending time with ops.sort and gathering risk and events by the returned indices -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SortedCoxLoss(nn.Cell):
    def __init__(self, in_dim=5, l2=1e-3):
        super().__init__()
        self.fc = nn.Dense(in_dim, 1, has_bias=False)
        self.l2 = l2

    def sort_by_time(self, times, *tensors):
        _, idx = ops.sort(times, descending=True)
        return tuple(ops.gather(t, idx, 0) for t in tensors)

    def construct(self, x, times, events):
        risk = self.fc(x).squeeze(-1)
        r, e = self.sort_by_time(times, risk, events)
        ll = (r - ops.logcumsumexp(r, 0)) * e
        penalty = self.l2 * (self.fc.weight ** 2).sum()
        return -ll.sum() / ops.clamp(e.sum(), min=1.0) + penalty


def make():
    np.random.seed(35)
    x = Tensor(np.random.randn(10, 5).astype(np.float32))
    times = Tensor(np.random.rand(10).astype(np.float32) * 30)
    events = Tensor((np.random.rand(10) > 0.3).astype(np.float32))
    return SortedCoxLoss(), (x, times, events)
