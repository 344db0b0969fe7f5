# case: mixture-of-experts router picks top-k experts with k from the config and dispatches via one-hot -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MoEConfig:
    hidden = 8
    num_experts = 4
    top_k = 2
    normalize_gates = True


class TopKRouter(nn.Cell):
    def __init__(self, cfg=MoEConfig):
        super().__init__()
        self.gate = nn.Dense(cfg.hidden, cfg.num_experts, has_bias=False)
        self.experts = nn.CellList([nn.Dense(cfg.hidden, cfg.hidden) for _ in range(cfg.num_experts)])
        self.top_k = cfg.top_k
        self.num_experts = cfg.num_experts
        self.normalize = cfg.normalize_gates

    def construct(self, x):
        probs = ops.softmax(self.gate(x), axis=-1)
        weights, idx = ops.topk(probs, self.top_k)
        if self.normalize:
            weights = weights / weights.sum(axis=-1, keepdims=True)
        dense_w = (ops.one_hot(idx, self.num_experts, 1.0, 0.0) * weights.expand_dims(-1)).sum(axis=1)
        out = ops.zeros_like(x)
        for e in range(self.num_experts):
            out = out + self.experts[e](x) * dense_w[:, e:e + 1]
        return out


def make():
    np.random.seed(46)
    x = Tensor(np.random.randn(5, 8).astype(np.float32))
    return TopKRouter(), (x,)
