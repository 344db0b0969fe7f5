# case: contact-map prediction from residue embeddings via outer product, symmetrised, min sequence separation mask from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OuterProductContactHead(nn.Cell):
    def __init__(self, dim=16, proj_dim=8, min_sep=6):
        super().__init__()
        self.left = nn.Dense(dim, proj_dim)
        self.right = nn.Dense(dim, proj_dim)
        self.classifier = nn.Dense(proj_dim * proj_dim, 1)
        self.min_sep = min_sep

    def separation_mask(self, length):
        idx = ops.arange(length)
        sep = ops.abs(idx[:, None] - idx[None, :])
        return (sep >= self.min_sep).astype(ms.float32)

    def construct(self, h, target):
        L = h.shape[0]
        a, b = self.left(h), self.right(h)
        outer = (a[:, None, :, None] * b[None, :, None, :]).reshape(L, L, -1)
        logits = self.classifier(outer).squeeze(-1)
        logits = 0.5 * (logits + logits.T)
        w = self.separation_mask(L)
        loss = ops.binary_cross_entropy_with_logits(logits, target, w, ops.ones_like(target), reduction="sum")
        return loss / ops.maximum(w.sum(), 1.0), ops.sigmoid(logits)


def make():
    np.random.seed(25)
    h = Tensor(np.random.randn(10, 16).astype(np.float32))
    t = (np.random.rand(10, 10) > 0.8).astype(np.float32)
    return OuterProductContactHead(), (h, Tensor(np.maximum(t, t.T)))
