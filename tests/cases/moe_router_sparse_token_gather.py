# case: mixture-of-experts FFN that sends each expert only its routed tokens found with mint.nonzero and index_add back; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor

N_EXPERTS = 3


class Expert(nn.Cell):
    def __init__(self, d, hid):
        super().__init__()
        self.w1 = nn.Dense(d, hid)
        self.w2 = nn.Dense(hid, d)

    def construct(self, x):
        return self.w2(ops.relu(self.w1(x)))


class SparseMoE(nn.Cell):
    def __init__(self, d=16, hid=32):
        super().__init__()
        self.router = nn.Dense(d, N_EXPERTS, has_bias=False)
        self.experts = nn.CellList([Expert(d, hid) for _ in range(N_EXPERTS)])

    def construct(self, x):
        b, s, d = x.shape
        tokens = x.reshape(b * s, d)
        probs = ops.softmax(self.router(tokens), axis=-1)
        top_p, top_e = probs.max(axis=-1, return_indices=True)
        out = ops.zeros_like(tokens)
        for e in range(N_EXPERTS):
            sel = mint.nonzero(top_e == e).reshape(-1)
            routed = ops.gather(tokens, sel, 0)
            y = self.experts[e](routed) * ops.gather(top_p, sel, 0)[:, None]
            out = ops.tensor_scatter_add(out, sel[:, None], y)
        return out.reshape(b, s, d)


def make():
    return SparseMoE(), (Tensor(np.random.randn(2, 5, 16).astype(np.float32)),)
