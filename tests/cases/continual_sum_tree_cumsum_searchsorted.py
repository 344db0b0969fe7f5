# case: proportional prioritized sampling via cumsum of priorities and searchsorted of stratified uniforms (fixed batch) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ProportionalSampler(nn.Cell):
    """Flat replacement for a sum-tree: prefix sums + binary search."""

    def __init__(self, capacity=16, dim=3, batch_size=4, alpha=0.7):
        super().__init__()
        rng = np.random.RandomState(1)
        self.batch_size = batch_size
        self.alpha = alpha
        self.capacity = capacity
        self.prio = Parameter(Tensor(rng.rand(capacity).astype(np.float32) + 0.05), name="prio", requires_grad=False)
        self.states = Parameter(Tensor(rng.randn(capacity, dim).astype(np.float32)), name="states",
                                requires_grad=False)

    def stratified_targets(self, u, total):
        seg = total / self.batch_size
        return (ops.arange(self.batch_size).astype(ms.float32) + u) * seg

    def construct(self, u):
        p = ops.pow(self.prio, self.alpha)
        cdf = ops.cumsum(p, axis=0)
        targets = self.stratified_targets(u, cdf[-1])
        idx = ops.searchsorted(cdf, targets).astype(ms.int32)
        idx = ops.clip(idx, 0, self.capacity - 1)
        return ops.gather(self.states, idx, 0), idx


def make():
    np.random.seed(0)
    u = Tensor(np.random.rand(4).astype(np.float32))
    return ProportionalSampler(), (u,)
