# case: MoE layer that loops over experts and selects each expert's tokens by boolean-mask indexing -> dynamic shape at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Expert(nn.Cell):
    def __init__(self, hidden, inner):
        super().__init__()
        self.w1 = nn.Dense(hidden, inner)
        self.w2 = nn.Dense(inner, hidden)

    def construct(self, x):
        return self.w2(ops.silu(self.w1(x)))


class SparseMoE(nn.Cell):
    def __init__(self, hidden=8, inner=16, num_experts=3):
        super().__init__()
        self.num_experts = num_experts
        self.router = nn.Dense(hidden, num_experts, has_bias=False)
        self.experts = nn.CellList([Expert(hidden, inner) for _ in range(num_experts)])

    def construct(self, x):
        tokens = x.reshape(-1, x.shape[-1])
        probs = ops.softmax(self.router(tokens), axis=-1)
        weight, expert_idx = ops.max(probs, axis=-1)
        out = ops.zeros_like(tokens)
        for e in range(self.num_experts):
            sel = expert_idx == e
            expert_in = tokens[sel]
            expert_out = self.experts[e](expert_in) * weight[sel].expand_dims(-1)
            out[sel] = expert_out
        return out.reshape(x.shape)


def make():
    np.random.seed(5)
    x = Tensor(np.random.randn(2, 4, 8).astype(np.float32))
    return SparseMoE(), (x,)
