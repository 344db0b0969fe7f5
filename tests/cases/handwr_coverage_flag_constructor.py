# case: attention scorer adds a coverage term only when the Python bool use_coverage constructor flag is set -> flag is constant, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Scorer(nn.Cell):
    def __init__(self, enc_dim=10, att_dim=6, use_coverage=True, temperature=1.0):
        super().__init__()
        self.use_coverage = use_coverage
        self.temperature = temperature
        self.w_enc = nn.Dense(enc_dim, att_dim)
        self.v = nn.Dense(att_dim, 1)
        if use_coverage:
            self.w_cov = nn.Dense(1, att_dim)

    def construct(self, enc, coverage):
        e = self.w_enc(enc)
        if self.use_coverage:
            e = e + self.w_cov(coverage.expand_dims(-1))
        logits = self.v(ops.tanh(e)).squeeze(-1) / self.temperature
        alpha = ops.softmax(logits, -1)
        return alpha, coverage + alpha


def make():
    np.random.seed(30)
    enc = Tensor(np.random.randn(2, 9, 10).astype(np.float32))
    cov = Tensor(np.zeros((2, 9), np.float32))
    return Scorer(), (enc, cov)
