# case: GShard top-2 gating with capacity computed from the token count in .shape and token dropping via cumsum positions and one-hot dispatch/combine -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, XavierUniform


class GShardTop2Gate(nn.Cell):
    def __init__(self, dim=8, num_experts=4, capacity_factor=1.25, min_capacity=2):
        super().__init__()
        self.num_experts = num_experts
        self.capacity_factor = capacity_factor
        self.min_capacity = min_capacity
        self.wg = nn.Dense(dim, num_experts, has_bias=False)

    def _capacity(self, num_tokens):
        cap = int(math.ceil(num_tokens * 2 / self.num_experts * self.capacity_factor))
        return max(cap, self.min_capacity)

    def _one_hot(self, idx, depth):
        return ops.one_hot(idx, depth, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))

    def construct(self, x):
        num_tokens = x.shape[0]
        capacity = self._capacity(num_tokens)
        probs = ops.softmax(self.wg(x), axis=-1)
        idx1 = ops.argmax(probs, dim=-1)
        mask1 = self._one_hot(idx1, self.num_experts)
        idx2 = ops.argmax(ops.masked_fill(probs, mask1 > 0, -1.0), dim=-1)
        mask2 = self._one_hot(idx2, self.num_experts)
        loc1 = ops.cumsum(mask1, axis=0) - 1
        loc2 = ops.cumsum(mask2, axis=0) - 1 + mask1.sum(axis=0, keepdims=True)
        mask1 = mask1 * (loc1 < capacity).astype(ms.float32)
        mask2 = mask2 * (loc2 < capacity).astype(ms.float32)
        g1 = (probs * mask1).sum(axis=-1)
        g2 = (probs * mask2).sum(axis=-1)
        denom = ops.clamp(g1 + g2, min=1e-9)
        pos1 = self._one_hot((loc1 * mask1).sum(axis=-1).astype(ms.int32), capacity)
        pos2 = self._one_hot((loc2 * mask2).sum(axis=-1).astype(ms.int32), capacity)
        combine = (g1 / denom).reshape(-1, 1, 1) * mask1.expand_dims(-1) * pos1.expand_dims(1) \
            + (g2 / denom).reshape(-1, 1, 1) * mask2.expand_dims(-1) * pos2.expand_dims(1)
        aux = (mask1.mean(axis=0) * probs.mean(axis=0)).sum() * self.num_experts
        return combine, combine > 0, aux


class GShardMoE(nn.Cell):
    def __init__(self, dim=8, num_experts=4):
        super().__init__()
        self.gate = GShardTop2Gate(dim, num_experts)
        self.w = Parameter(initializer(XavierUniform(), (num_experts, dim, dim)), name="w")

    def construct(self, x):
        combine, dispatch, aux = self.gate(x)
        t, e, c = combine.shape
        dispatch = dispatch.astype(ms.float32).reshape(t, e * c)
        expert_in = ops.matmul(dispatch.T, x).reshape(e, c, -1)
        expert_out = ops.bmm(expert_in, self.w)
        return ops.matmul(combine.reshape(t, e * c), expert_out.reshape(e * c, -1)), aux


def make():
    np.random.seed(21)
    x = Tensor(np.random.randn(10, 8).astype(np.float32))
    return GShardMoE(), (x,)
