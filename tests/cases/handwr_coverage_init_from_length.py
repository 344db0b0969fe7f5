# case: allocates the coverage vector with int() of the encoder length tensor as its size -> int() of a tensor used as a shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CoverageAttention(nn.Cell):
    def __init__(self, enc_dim=12, att_dim=8):
        super().__init__()
        self.w_enc = nn.Dense(enc_dim, att_dim)
        self.w_cov = nn.Dense(1, att_dim)
        self.v = nn.Dense(att_dim, 1)

    def construct(self, enc, enc_len):
        n = int(enc_len)
        coverage = ops.zeros((n, 1), ms.float32)
        feats = enc[:n]
        e = self.v(ops.tanh(self.w_enc(feats) + self.w_cov(coverage))).reshape(-1)
        alpha = ops.softmax(e, axis=0)
        coverage = coverage + alpha.reshape(-1, 1)
        return alpha, coverage


def make():
    np.random.seed(7)
    enc = Tensor(np.random.randn(15, 12).astype(np.float32))
    return CoverageAttention(), (enc, Tensor(11, ms.int32))
