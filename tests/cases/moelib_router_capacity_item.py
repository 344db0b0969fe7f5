# case: top-k router derives per-expert capacity from the count of non-padding tokens via .item() and allocates the expert buffer with it -> data-dependent shape, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MIN_CAPACITY = 2


class RouterConfig:
    def __init__(self, hidden_size=32, num_experts=4, top_k=2, capacity_factor=1.25, norm_topk_prob=True):
        self.hidden_size = hidden_size
        self.num_experts = num_experts
        self.top_k = top_k
        self.capacity_factor = capacity_factor
        self.norm_topk_prob = norm_topk_prob


def compute_capacity(num_tokens, num_experts, top_k, capacity_factor):
    return max(MIN_CAPACITY, int(num_tokens * top_k * capacity_factor / num_experts))


class TopKCapacityRouter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_experts = config.num_experts
        self.top_k = config.top_k
        self.capacity_factor = config.capacity_factor
        self.norm_topk_prob = config.norm_topk_prob
        self.classifier = nn.Dense(config.hidden_size, config.num_experts, has_bias=False)

    def _num_real_tokens(self, hidden_states, padding_mask):
        if padding_mask is None:
            return hidden_states.shape[0]
        return padding_mask.sum().item()

    def construct(self, hidden_states, padding_mask=None):
        logits = self.classifier(hidden_states)
        probs = ops.softmax(logits, axis=-1)
        weights, indices = ops.topk(probs, self.top_k)
        if self.norm_topk_prob:
            weights = weights / weights.sum(axis=-1, keepdims=True)
        num_tokens = self._num_real_tokens(hidden_states, padding_mask)
        capacity = compute_capacity(num_tokens, self.num_experts, self.top_k, self.capacity_factor)
        expert_mask = ops.one_hot(indices, self.num_experts, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)).sum(axis=1)
        position_in_expert = ops.cumsum(expert_mask, axis=0) * expert_mask
        keep = (position_in_expert <= capacity).astype(ms.float32) * expert_mask
        expert_buffer = ops.zeros((self.num_experts, capacity, hidden_states.shape[-1]), ms.float32)
        return weights, indices, keep, expert_buffer


def make():
    np.random.seed(11)
    config = RouterConfig()
    router = TopKCapacityRouter(config)
    hidden = Tensor(np.random.randn(12, 32).astype(np.float32))
    mask = Tensor(np.array([1] * 9 + [0] * 3, dtype=np.float32))
    return router, (hidden, mask)
