# case: coverage attention accumulates alpha over a fixed number of decoding steps set in the constructor -> constant loop, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CoverageAttentionDecoder(nn.Cell):
    def __init__(self, enc_dim=12, hid=12, att_dim=8, steps=4):
        super().__init__()
        self.w_enc = nn.Dense(enc_dim, att_dim)
        self.w_hid = nn.Dense(hid, att_dim)
        self.w_cov = nn.Dense(1, att_dim)
        self.v = nn.Dense(att_dim, 1)
        self.cell = nn.GRUCell(enc_dim, hid)
        self.steps = steps

    def attend(self, enc, h, coverage):
        e = self.v(ops.tanh(self.w_enc(enc) + self.w_hid(h) + self.w_cov(coverage)))
        return ops.softmax(e.reshape(-1), axis=0)

    def construct(self, enc):
        n = enc.shape[0]
        coverage = ops.zeros((n, 1), ms.float32)
        h = enc.mean(0, keep_dims=True)
        for _ in range(self.steps):
            alpha = self.attend(enc, h, coverage)
            ctx = ops.matmul(alpha.reshape(1, -1), enc)
            h = self.cell(ctx, h)
            coverage = coverage + alpha.reshape(-1, 1)
        return h, coverage


def make():
    np.random.seed(25)
    enc = Tensor(np.random.randn(9, 12).astype(np.float32))
    return CoverageAttentionDecoder(), (enc,)
