# case: top-1 MoE that sorts tokens by expert id, computes in-expert slots with a fixed capacity and scatters into a [E*C, D] buffer with tensor_scatter_add (overflow sent to a trash row) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, Normal


class SortedDispatchMoE(nn.Cell):
    def __init__(self, dim=8, num_experts=4, capacity_factor=1.0):
        super().__init__()
        self.num_experts = num_experts
        self.capacity_factor = capacity_factor
        self.router = nn.Dense(dim, num_experts, has_bias=False)
        self.w = Parameter(initializer(Normal(0.1), (num_experts, dim, dim)), name="expert_w")

    def _slots(self, expert_idx, capacity):
        onehot = ops.one_hot(expert_idx, self.num_experts, Tensor(1, ms.int32), Tensor(0, ms.int32))
        rank = (ops.cumsum(onehot, axis=0) * onehot).sum(axis=-1) - 1
        keep = rank < capacity
        slot = expert_idx * capacity + rank
        trash = self.num_experts * capacity
        return ops.select(keep, slot, ops.full_like(slot, trash)), keep

    def construct(self, x):
        n, d = x.shape
        capacity = max(1, int(n * self.capacity_factor) // self.num_experts)
        probs = ops.softmax(self.router(x), axis=-1)
        expert_idx = ops.argmax(probs, dim=-1).astype(ms.int32)
        gate = probs.max(axis=-1)
        slot, keep = self._slots(expert_idx, capacity)
        buf = ops.zeros((self.num_experts * capacity + 1, d), x.dtype)
        buf = ops.tensor_scatter_add(buf, slot.reshape(-1, 1), x)
        expert_in = buf[:-1].reshape(self.num_experts, capacity, d)
        expert_out = ops.bmm(expert_in, self.w).reshape(-1, d)
        expert_out = ops.concat((expert_out, ops.zeros((1, d), x.dtype)), axis=0)
        y = ops.gather(expert_out, slot, 0) * (gate * keep.astype(x.dtype)).expand_dims(-1)
        return y


def make():
    np.random.seed(32)
    x = Tensor(np.random.randn(12, 8).astype(np.float32))
    return SortedDispatchMoE(), (x,)
