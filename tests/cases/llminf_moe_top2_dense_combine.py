# case: top-2 MoE that runs every expert densely and combines with one-hot routing weights; tokens-per-expert from one-hot sums -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeedForwardExpert(nn.Cell):
    def __init__(self, hidden, inner):
        super().__init__()
        self.gate_proj = nn.Dense(hidden, inner, has_bias=False)
        self.up_proj = nn.Dense(hidden, inner, has_bias=False)
        self.down_proj = nn.Dense(inner, hidden, has_bias=False)

    def construct(self, x):
        return self.down_proj(ops.silu(self.gate_proj(x)) * self.up_proj(x))


class Top2MoE(nn.Cell):
    def __init__(self, hidden=8, inner=12, num_experts=4, top_k=2, normalize=True):
        super().__init__()
        self.num_experts = num_experts
        self.top_k = top_k
        self.normalize = normalize
        self.router = nn.Dense(hidden, num_experts, has_bias=False)
        self.experts = nn.CellList([FeedForwardExpert(hidden, inner) for _ in range(num_experts)])

    def construct(self, x):
        b, s, h = x.shape
        tokens = x.reshape(b * s, h)
        probs = ops.softmax(self.router(tokens), axis=-1)
        w, idx = ops.topk(probs, self.top_k)
        if self.normalize:
            w = w / w.sum(axis=-1, keepdims=True)
        onehot = ops.one_hot(idx, self.num_experts, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        combine = (onehot * w.expand_dims(-1)).sum(axis=1)
        tokens_per_expert = onehot.sum(axis=(0, 1))
        expert_outs = ops.stack([expert(tokens) for expert in self.experts], axis=1)
        out = (expert_outs * combine.expand_dims(-1)).sum(axis=1)
        return out.reshape(b, s, h), tokens_per_expert


def make():
    np.random.seed(39)
    x = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    return Top2MoE(), (x,)
