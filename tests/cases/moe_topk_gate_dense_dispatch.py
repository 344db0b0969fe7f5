# case: MoE layer with top-2 gating (constant k), dispatch by one-hot combine weights and dense einsum-style matmuls over all experts -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_EXPERTS = 4
TOP_K = 2


class Experts(nn.Cell):
    def __init__(self, dim, hidden):
        super().__init__()
        self.w1 = ms.Parameter(Tensor(np.random.randn(NUM_EXPERTS, dim, hidden).astype(np.float32) * 0.1))
        self.w2 = ms.Parameter(Tensor(np.random.randn(NUM_EXPERTS, hidden, dim).astype(np.float32) * 0.1))

    def construct(self, x):
        h = ops.relu(ops.bmm(x, self.w1))
        return ops.bmm(h, self.w2)


class MoE(nn.Cell):
    def __init__(self, dim=8, hidden=16):
        super().__init__()
        self.gate = nn.Dense(dim, NUM_EXPERTS, has_bias=False)
        self.experts = Experts(dim, hidden)

    def construct(self, x):
        probs = ops.softmax(self.gate(x), axis=-1)
        w, idx = ops.topk(probs, TOP_K)
        w = w / w.sum(axis=-1, keepdims=True)
        combine = (ops.one_hot(idx, NUM_EXPERTS, Tensor(1.0), Tensor(0.0)) * w.expand_dims(-1)).sum(axis=1)
        xs = ops.broadcast_to(x.expand_dims(0), (NUM_EXPERTS,) + x.shape)
        ys = self.experts(xs)
        return (ys * combine.T.expand_dims(-1)).sum(axis=0)


def make():
    return MoE(), (Tensor(np.random.randn(6, 8).astype(np.float32)),)
