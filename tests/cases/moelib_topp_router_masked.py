# case: top-p router takes a fixed max_k from the config with ops.topk and zeroes the experts beyond the probability threshold with ops.where and a mask multiply -> fixed k, static graph compiles fine
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
        self.max_k = config.max_k if config.max_k is not None else config.num_experts // 2
        self.gate = nn.Dense(config.hidden_size, config.num_experts, has_bias=False)

    def _threshold_mask(self, sorted_probs):
        cum = ops.cumsum(sorted_probs, axis=-1)
        prev = cum - sorted_probs
        return (prev < self.top_p).astype(ms.float32)

    def construct(self, hidden_states):
        probs = ops.softmax(self.gate(hidden_states), axis=-1)
        weights, indices = ops.topk(probs, self.max_k)
        keep = self._threshold_mask(weights)
        weights = ops.where(keep > 0, weights, ops.zeros_like(weights))
        weights = weights / (weights * keep).sum(axis=-1, keepdims=True)
        num_selected = keep.sum(axis=-1)
        return weights, indices, num_selected


def make():
    np.random.seed(33)
    router = TopPRouter(TopPConfig())
    x = Tensor(np.random.randn(8, 32).astype(np.float32))
    return router, (x,)
