# case: MoE dispatcher whose expert capacity is the max observed tokens-per-expert count -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CapacityDispatcher(nn.Cell):
    def __init__(self, hidden=8, num_experts=4):
        super().__init__()
        self.num_experts = num_experts
        self.gate = nn.Dense(hidden, num_experts, has_bias=False)

    def _tokens_per_expert(self, expert_idx):
        onehot = ops.one_hot(expert_idx, self.num_experts, Tensor(1, ms.int32), Tensor(0, ms.int32))
        return onehot.sum(axis=0), onehot

    def construct(self, tokens):
        expert_idx = ops.argmax(self.gate(tokens), dim=-1)
        counts, onehot = self._tokens_per_expert(expert_idx)
        capacity = counts.max()
        slot = (ops.cumsum(onehot, axis=0) - 1) * onehot
        slot = slot.sum(axis=-1)
        buffer = ops.zeros((self.num_experts, capacity, tokens.shape[-1]), ms.float32)
        idx = ops.stack((expert_idx.astype(ms.int32), slot.astype(ms.int32)), axis=-1)
        return ops.tensor_scatter_update(buffer, idx, tokens)


def make():
    np.random.seed(15)
    t = Tensor(np.random.randn(10, 8).astype(np.float32))
    return CapacityDispatcher(), (t,)
