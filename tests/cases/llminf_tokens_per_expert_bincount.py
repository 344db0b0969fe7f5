# case: router statistics computing tokens-per-expert with bincount (no minlength) for a load-balancing loss -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKRouter(nn.Cell):
    def __init__(self, hidden=8, num_experts=4, top_k=2, aux_coef=0.01):
        super().__init__()
        self.num_experts = num_experts
        self.top_k = top_k
        self.aux_coef = aux_coef
        self.gate = nn.Dense(hidden, num_experts, has_bias=False)

    def _load_balance(self, probs, expert_ids):
        counts = ops.bincount(expert_ids.reshape(-1))
        frac = counts.astype(ms.float32) / expert_ids.size
        mean_prob = probs.mean(axis=0)
        return self.aux_coef * self.num_experts * (frac * mean_prob).sum()

    def construct(self, tokens):
        probs = ops.softmax(self.gate(tokens), axis=-1)
        weights, expert_ids = ops.topk(probs, self.top_k)
        weights = weights / weights.sum(axis=-1, keepdims=True)
        aux = self._load_balance(probs, expert_ids)
        return weights, expert_ids, aux


def make():
    np.random.seed(18)
    t = Tensor(np.random.randn(12, 8).astype(np.float32))
    return TopKRouter(), (t,)
