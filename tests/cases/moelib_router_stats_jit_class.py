# case: router accumulates per-call statistics in a @ms.jit_class RouterStats object created and mutated inside construct, then returns the object -> jit_class instance created/returned in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RouterStats:
    def __init__(self, num_experts):
        self.num_experts = num_experts
        self.tokens_per_expert = ops.zeros((num_experts,), ms.float32)
        self.dropped = 0.0

    def update(self, expert_mask, keep):
        self.tokens_per_expert = self.tokens_per_expert + expert_mask.sum(axis=0)
        self.dropped = self.dropped + (expert_mask.sum() - keep.sum())


class RouterConfig:
    def __init__(self, hidden_size=32, num_experts=4, capacity=4, collect_stats=True):
        self.hidden_size = hidden_size
        self.num_experts = num_experts
        self.capacity = capacity
        self.collect_stats = collect_stats


class Top1Router(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_experts = config.num_experts
        self.capacity = config.capacity
        self.collect_stats = config.collect_stats
        self.gate = nn.Dense(config.hidden_size, config.num_experts, has_bias=False)

    def construct(self, hidden_states):
        probs = ops.softmax(self.gate(hidden_states), axis=-1)
        expert_ids = ops.argmax(probs, dim=-1)
        mask = ops.one_hot(expert_ids, self.num_experts, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        keep = mask * (ops.cumsum(mask, axis=0) <= self.capacity).astype(ms.float32)
        stats = RouterStats(self.num_experts) if self.collect_stats else None
        if stats is not None:
            stats.update(mask, keep)
        return keep * probs, stats


def make():
    np.random.seed(41)
    router = Top1Router(RouterConfig())
    x = Tensor(np.random.randn(12, 32).astype(np.float32))
    return router, (x,)
