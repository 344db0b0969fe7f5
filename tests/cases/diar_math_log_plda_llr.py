# case: PLDA-style log-likelihood ratio where the prior odds term uses math.log on a tensor target prior -> Python math on a tensor in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SimplePLDAScorer(nn.Cell):
    def __init__(self, emb_dim=8):
        super().__init__()
        self.lda = nn.Dense(emb_dim, emb_dim, has_bias=False)
        self.between = Tensor(np.eye(emb_dim, dtype=np.float32) * 0.8)

    def construct(self, enroll, test, p_target):
        e = self.lda(enroll)
        t = self.lda(test)
        llr = (ops.matmul(e, self.between) * t).sum(axis=-1)
        prior_logit = math.log(p_target / (1.0 - p_target))
        return llr + prior_logit


def make():
    np.random.seed(24)
    enroll = Tensor(np.random.randn(4, 8).astype(np.float32))
    test = Tensor(np.random.randn(4, 8).astype(np.float32))
    p = Tensor(np.array(0.05, dtype=np.float32))
    return SimplePLDAScorer(), (enroll, test, p)
