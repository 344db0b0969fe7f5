# case: mixture-of-experts FFN with top-2 routing and dense one-hot dispatch/combine over all experts; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_EXPERTS = 4
TOP_K = 2


class Expert(nn.Cell):
    def __init__(self, d, hid):
        super().__init__()
        self.w1 = nn.Dense(d, hid)
        self.w2 = nn.Dense(hid, d)

    def construct(self, x):
        return self.w2(ops.silu(self.w1(x)))


class MoE(nn.Cell):
    def __init__(self, d=16, hid=32):
        super().__init__()
        self.router = nn.Dense(d, N_EXPERTS, has_bias=False)
        self.experts = nn.CellList([Expert(d, hid) for _ in range(N_EXPERTS)])
        self.topk = ops.TopK()

    def construct(self, x):
        b, s, d = x.shape
        tokens = x.reshape(b * s, d)
        logits = self.router(tokens)
        weights, idx = self.topk(ops.softmax(logits, axis=-1), TOP_K)
        weights = weights / weights.sum(axis=-1, keepdims=True)
        onehot = ops.one_hot(idx, N_EXPERTS, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        gate = (onehot * weights[..., None]).sum(axis=1)
        out = ops.zeros_like(tokens)
        for e in range(N_EXPERTS):
            out = out + self.experts[e](tokens) * gate[:, e:e + 1]
        aux = (onehot.sum(axis=1).mean(axis=0) * ops.softmax(logits, axis=-1).mean(axis=0)).sum()
        return out.reshape(b, s, d), aux * N_EXPERTS


def make():
    return MoE(), (Tensor(np.random.randn(2, 5, 16).astype(np.float32)),)
