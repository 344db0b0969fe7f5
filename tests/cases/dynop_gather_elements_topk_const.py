# case: mixture-of-experts router keeps top-2 experts with an int k and gathers their weights (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Top2Router(nn.Cell):
    def __init__(self, dim=8, experts=4):
        super().__init__()
        self.gate = nn.Dense(dim, experts, has_bias=False)
        self.experts = nn.CellList([nn.Dense(dim, dim) for _ in range(experts)])

    def construct(self, x):
        probs = ops.softmax(self.gate(x), axis=-1)
        w, idx = ops.topk(probs, 2)
        w = w / w.sum(axis=-1, keepdims=True)
        outs = ops.stack([e(x) for e in self.experts], axis=1)  # (N, E, D)
        idx_b = ops.broadcast_to(idx.expand_dims(-1), (x.shape[0], 2, x.shape[1]))
        chosen = ops.gather_elements(outs, 1, idx_b)
        return (chosen * w.expand_dims(-1)).sum(axis=1)


def make():
    return Top2Router(), (Tensor(np.random.randn(5, 8).astype(np.float32)),)
