# case: load-balancing metric normalises by the number of distinct active experts found with ops.unique over the routed indices -> unique output size depends on data, dynamic or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BalanceConfig:
    def __init__(self, hidden_size=32, num_experts=8, top_k=2, normalize_by_active=True):
        self.hidden_size = hidden_size
        self.num_experts = num_experts
        self.top_k = top_k
        self.normalize_by_active = normalize_by_active


def expert_fraction(indices, num_experts):
    one_hot = ops.one_hot(indices.reshape(-1), num_experts, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
    return one_hot.mean(axis=0)


class BalancedRouter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_experts = config.num_experts
        self.top_k = config.top_k
        self.normalize_by_active = getattr(config, "normalize_by_active", False)
        self.gate = nn.Dense(config.hidden_size, config.num_experts, has_bias=False)

    def _num_active(self, indices):
        active, _ = ops.unique(indices.reshape(-1))
        return active.shape[0]

    def construct(self, hidden_states):
        probs = ops.softmax(self.gate(hidden_states), axis=-1)
        weights, indices = ops.topk(probs, self.top_k)
        frac = expert_fraction(indices, self.num_experts)
        balance = (frac * probs.mean(axis=0)).sum()
        if self.normalize_by_active:
            balance = balance * self._num_active(indices)
        else:
            balance = balance * self.num_experts
        return weights, indices, balance


def make():
    np.random.seed(31)
    router = BalancedRouter(BalanceConfig())
    x = Tensor(np.random.randn(6, 32).astype(np.float32))
    return router, (x,)
