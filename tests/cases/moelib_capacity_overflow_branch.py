# case: expert buffer is truncated to the capacity only when the busiest expert overflows (tensor condition), otherwise kept at full token length -> if on tensor value with branches of different shapes, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CapacityConfig:
    def __init__(self, hidden_size=16, num_experts=4, capacity_factor=1.0, drop_tokens=True):
        self.hidden_size = hidden_size
        self.num_experts = num_experts
        self.capacity_factor = capacity_factor
        self.drop_tokens = drop_tokens


class CapacityLimitedDispatch(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_experts = config.num_experts
        self.capacity_factor = config.capacity_factor
        self.drop_tokens = config.drop_tokens
        self.gate = nn.Dense(config.hidden_size, config.num_experts, has_bias=False)

    def _expert_buffers(self, hidden_states, expert_ids):
        mask = ops.one_hot(expert_ids, self.num_experts, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        # (experts, tokens, hidden): each expert sees only its tokens, zeros elsewhere
        return mask.T.expand_dims(-1) * hidden_states.expand_dims(0), mask.sum(axis=0)

    def construct(self, hidden_states):
        num_tokens = hidden_states.shape[0]
        capacity = int(self.capacity_factor * num_tokens / self.num_experts)
        expert_ids = ops.argmax(self.gate(hidden_states), dim=-1)
        buffers, tokens_per_expert = self._expert_buffers(hidden_states, expert_ids)
        if self.drop_tokens and tokens_per_expert.max() > capacity:
            buffers = buffers[:, :capacity, :]
        return buffers.sum(axis=1), buffers.shape[1]


def make():
    np.random.seed(39)
    cell = CapacityLimitedDispatch(CapacityConfig())
    x = Tensor(np.random.randn(8, 16).astype(np.float32))
    return cell, (x,)
