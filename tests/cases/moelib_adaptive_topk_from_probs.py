# case: top-p (dynamic-k) router chooses k as the largest number of experts needed to reach the probability threshold, read back with int() from a tensor and passed to ops.topk -> top-k size from data, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopPConfig:
    def __init__(self, hidden_size=32, num_experts=6, top_p=0.6, max_k=None):
        self.hidden_size = hidden_size
        self.num_experts = num_experts
        self.top_p = top_p
        self.max_k = max_k


class TopPRouter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.top_p = config.top_p
        self.max_k = config.max_k if config.max_k is not None else config.num_experts
        self.gate = nn.Dense(config.hidden_size, config.num_experts, has_bias=False)

    def _needed_k(self, probs):
        sorted_probs, _ = ops.sort(probs, axis=-1, descending=True)
        cum = ops.cumsum(sorted_probs, axis=-1)
        per_token = (cum < self.top_p).astype(ms.int32).sum(axis=-1) + 1
        return min(int(per_token.max()), self.max_k)

    def construct(self, hidden_states):
        probs = ops.softmax(self.gate(hidden_states), axis=-1)
        k = self._needed_k(probs)
        weights, indices = ops.topk(probs, k)
        weights = weights / weights.sum(axis=-1, keepdims=True)
        return weights, indices


def make():
    np.random.seed(32)
    router = TopPRouter(TopPConfig())
    x = Tensor(np.random.randn(8, 32).astype(np.float32))
    return router, (x,)
