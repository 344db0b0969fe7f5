# case: top-1 MoE layer dispatching tokens to each expert with nonzero + gather and scatter-add combine -> dynamic shape at line 33
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeedForwardExpert(nn.Cell):
    def __init__(self, dim, hidden):
        super().__init__()
        self.w_in = nn.Dense(dim, hidden)
        self.w_out = nn.Dense(hidden, dim)
        self.act = nn.GELU()

    def construct(self, x):
        return self.w_out(self.act(self.w_in(x)))


class Top1MoE(nn.Cell):
    def __init__(self, dim=16, hidden=32, num_experts=4):
        super().__init__()
        self.num_experts = num_experts
        self.router = nn.Dense(dim, num_experts, has_bias=False)
        self.experts = nn.CellList([FeedForwardExpert(dim, hidden) for _ in range(num_experts)])

    def construct(self, x):
        bsz, seq, dim = x.shape
        tokens = x.reshape(-1, dim)
        probs = ops.softmax(self.router(tokens), axis=-1)
        expert_idx = ops.argmax(probs, dim=-1)
        gate = probs.max(axis=-1)
        out = ops.zeros_like(tokens)
        for e in range(self.num_experts):
            sel = ops.nonzero(expert_idx == e).reshape(-1)
            expert_in = ops.gather(tokens, sel, 0)
            expert_out = self.experts[e](expert_in) * ops.gather(gate, sel, 0).expand_dims(-1)
            out = ops.tensor_scatter_add(out, sel.expand_dims(-1), expert_out)
        return out.reshape(bsz, seq, dim)


def make():
    np.random.seed(0)
    ms.set_seed(0)
    x = Tensor(np.random.randn(2, 8, 16).astype(np.float32))
    return Top1MoE(), (x,)
