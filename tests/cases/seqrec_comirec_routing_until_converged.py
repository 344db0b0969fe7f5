# case: ComiRec-DR routing that iterates until interest capsules stop moving and keeps a trace of every iteration -> compile error at line 36
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ComiRecDR(nn.Cell):
    def __init__(self, num_items=60, dim=8, num_interests=3, max_iters=6, tol=1e-3):
        super().__init__()
        self.k = num_interests
        self.max_iters = max_iters
        self.tol = tol
        self.item_emb = nn.Embedding(num_items, dim)
        self.W = ms.Parameter(Tensor(np.random.RandomState(9).randn(dim, num_interests * dim).astype(np.float32) * 0.1),
                              name="route_w")

    def route_once(self, u_hat, logits):
        c = ops.softmax(logits, axis=1)
        s = (c.expand_dims(-1) * u_hat).sum(2)
        return s / (ops.norm(s, dim=-1, keepdim=True) + 1e-6)

    def construct(self, item_seq):
        e = self.item_emb(item_seq)
        b, l, d = e.shape
        u_hat = ops.matmul(e, self.W).reshape(b, l, self.k, d).transpose(0, 2, 1, 3)
        logits = ops.zeros((b, self.k, l), ms.float32)
        caps = self.route_once(u_hat, logits)
        trace = caps.expand_dims(0)
        it = 0
        delta = Tensor(1.0, ms.float32)
        while delta > self.tol and it < self.max_iters:
            logits = logits + (u_hat * caps.expand_dims(2)).sum(-1)
            new_caps = self.route_once(u_hat, logits)
            delta = ops.abs(new_caps - caps).max()
            caps = new_caps
            trace = ops.concat((trace, caps.expand_dims(0)), 0)
            it += 1
        return caps, trace.mean(0)


def make():
    np.random.seed(10)
    seq = np.random.randint(0, 60, size=(2, 5)).astype(np.int32)
    return ComiRecDR(), (Tensor(seq),)
