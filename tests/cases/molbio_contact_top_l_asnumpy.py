# case: contact-map head that computes top-L precision with .asnumpy() and np.argsort inside construct -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ContactHead(nn.Cell):
    def __init__(self, dim=16, min_sep=3, report_precision=True):
        super().__init__()
        self.proj = nn.Dense(dim, dim)
        self.min_sep = min_sep
        self.report_precision = report_precision

    def top_l_precision(self, probs, target):
        p = probs.asnumpy()
        t = target.asnumpy()
        L = p.shape[0]
        iu = np.triu_indices(L, self.min_sep)
        order = np.argsort(-p[iu])[:L]
        return Tensor(np.float32(t[iu][order].mean()))

    def construct(self, h, target):
        z = self.proj(h)
        logits = ops.matmul(z, z.T)
        logits = 0.5 * (logits + logits.T)
        probs = ops.sigmoid(logits)
        loss = ops.binary_cross_entropy_with_logits(logits, target, ops.ones_like(target), ops.ones_like(target))
        if self.report_precision:
            return loss, self.top_l_precision(probs, target)
        return loss, loss


def make():
    np.random.seed(3)
    h = Tensor(np.random.randn(8, 16).astype(np.float32))
    t = (np.random.rand(8, 8) > 0.7).astype(np.float32)
    t = np.maximum(t, t.T)
    return ContactHead(), (h, Tensor(t))
