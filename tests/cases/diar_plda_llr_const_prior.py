# case: PLDA-style log-likelihood ratio where the prior odds come from a Python float computed with math.log in __init__ -> static shapes
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CalibratedPLDAScorer(nn.Cell):
    def __init__(self, emb_dim=8, p_target=0.05, scale=1.5):
        super().__init__()
        self.lda = nn.Dense(emb_dim, emb_dim, has_bias=False)
        self.between = Tensor(np.eye(emb_dim, dtype=np.float32) * 0.8)
        self.within = Tensor(np.eye(emb_dim, dtype=np.float32) * 0.2)
        self.prior_logit = math.log(p_target / (1.0 - p_target))
        self.scale = scale

    def construct(self, enroll, test):
        e = self.lda(enroll)
        t = self.lda(test)
        cross = (ops.matmul(e, self.between) * t).sum(axis=-1)
        self_e = (ops.matmul(e, self.within) * e).sum(axis=-1)
        self_t = (ops.matmul(t, self.within) * t).sum(axis=-1)
        llr = cross - 0.5 * (self_e + self_t)
        return self.scale * llr + self.prior_logit


def make():
    np.random.seed(25)
    enroll = Tensor(np.random.randn(4, 8).astype(np.float32))
    test = Tensor(np.random.randn(4, 8).astype(np.float32))
    return CalibratedPLDAScorer(), (enroll, test)
