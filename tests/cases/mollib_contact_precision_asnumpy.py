# case: contact-map head reports top-L precision by pulling logits to NumPy with .asnumpy() inside construct -> error/fallback
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ContactConfig:
    hidden_size = 24
    proj_dim = 12
    compute_metrics = True
    min_separation = 6


def top_l_precision(probs, contacts, min_sep):
    p = probs.asnumpy()
    c = contacts.asnumpy()
    L = p.shape[-1]
    idx = np.triu_indices(L, k=min_sep)
    order = np.argsort(-p[idx])[:L]
    return float(c[idx][order].mean())


class ContactHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.q = nn.Dense(config.hidden_size, config.proj_dim)
        self.k = nn.Dense(config.hidden_size, config.proj_dim)
        self.compute_metrics = config.compute_metrics
        self.min_sep = config.min_separation

    def construct(self, h, contacts):
        logits = ops.matmul(self.q(h[0]), self.k(h[0]).T)
        probs = ops.sigmoid(0.5 * (logits + logits.T))
        if self.compute_metrics:
            prec = top_l_precision(probs, contacts, self.min_sep)
            return probs, prec
        return probs, 0.0


def make():
    np.random.seed(20)
    h = Tensor(np.random.randn(1, 16, 24).astype(np.float32))
    c = (np.random.rand(16, 16) > 0.7).astype(np.float32)
    return ContactHead(ContactConfig()), (h, Tensor(c))
