# case: MoE layer keeping a @jit_class expert-load tracker whose counts attribute is overwritten in construct -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class ExpertLoadTracker:
    def __init__(self, num_experts, momentum=0.9):
        self.momentum = momentum
        self.counts = Tensor(np.zeros(num_experts, np.float32))

    def update(self, expert_idx, num_experts):
        hits = ops.one_hot(expert_idx, num_experts, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)).sum(axis=0)
        self.counts = self.momentum * self.counts + (1 - self.momentum) * hits
        return self.counts


class TrackedMoE(nn.Cell):
    def __init__(self, dim=8, num_experts=4, track_load=True):
        super().__init__()
        self.num_experts = num_experts
        self.track_load = track_load
        self.tracker = ExpertLoadTracker(num_experts)
        self.gate = nn.Dense(dim, num_experts)
        self.experts = nn.CellList([nn.Dense(dim, dim) for _ in range(num_experts)])

    def construct(self, x):
        probs = ops.softmax(self.gate(x), axis=-1)
        expert_idx = ops.argmax(probs, dim=-1)
        y = ops.zeros_like(x)
        for e in range(self.num_experts):
            w = (expert_idx == e).astype(x.dtype) * probs[:, e]
            y = y + self.experts[e](x) * w.expand_dims(-1)
        load = self.tracker.counts
        if self.track_load:
            load = self.tracker.update(expert_idx, self.num_experts)
        return y, load


def make():
    np.random.seed(9)
    x = Tensor(np.random.randn(10, 8).astype(np.float32))
    return TrackedMoE(), (x,)
