# case: top-k router with jitter noise in training computes capacity from the static token count and applies the padding mask by multiplication -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MIN_CAPACITY = 2


class RouterConfig:
    def __init__(self, hidden_size=32, num_experts=4, top_k=2, capacity_factor=1.25, router_jitter_noise=0.01):
        self.hidden_size = hidden_size
        self.num_experts = num_experts
        self.top_k = top_k
        self.capacity_factor = capacity_factor
        self.router_jitter_noise = router_jitter_noise


def compute_capacity(num_tokens, num_experts, top_k, capacity_factor):
    return max(MIN_CAPACITY, int(num_tokens * top_k * capacity_factor / num_experts))


class SwitchStyleRouter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_experts = config.num_experts
        self.top_k = config.top_k
        self.capacity_factor = config.capacity_factor
        self.jitter = config.router_jitter_noise
        self.classifier = nn.Dense(config.hidden_size, config.num_experts, has_bias=False)

    def construct(self, hidden_states, padding_mask=None):
        if self.training and self.jitter > 0:
            noise = ops.uniform(hidden_states.shape, Tensor(1.0 - self.jitter, ms.float32),
                                Tensor(1.0 + self.jitter, ms.float32))
            hidden_states = hidden_states * noise
        logits = self.classifier(hidden_states)
        probs = ops.softmax(logits, axis=-1)
        weights, indices = ops.topk(probs, self.top_k)
        capacity = compute_capacity(hidden_states.shape[0], self.num_experts, self.top_k, self.capacity_factor)
        expert_mask = ops.one_hot(indices, self.num_experts, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)).sum(axis=1)
        if padding_mask is not None:
            expert_mask = expert_mask * padding_mask.reshape(-1, 1)
        position_in_expert = ops.cumsum(expert_mask, axis=0) * expert_mask
        keep = (position_in_expert <= capacity).astype(ms.float32) * expert_mask
        expert_buffer = ops.zeros((self.num_experts, capacity, hidden_states.shape[-1]), ms.float32)
        return weights, indices, keep, expert_buffer


def make():
    np.random.seed(12)
    router = SwitchStyleRouter(RouterConfig())
    router.set_train(True)
    hidden = Tensor(np.random.randn(12, 32).astype(np.float32))
    mask = Tensor(np.array([1] * 9 + [0] * 3, dtype=np.float32))
    return router, (hidden, mask)
