# case: attention transfer (Zagoruyko) from channel-pooled squared activations with L2-normalised maps over several stages -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttentionTransfer(nn.Cell):
    def __init__(self, p=2, beta=1000.0):
        super().__init__()
        self.p = p
        self.beta = beta

    def attention_map(self, f):
        am = ops.pow(ops.abs(f), self.p).mean(axis=1)
        am = am.reshape(f.shape[0], -1)
        norm = ops.sqrt((am * am).sum(axis=1, keepdims=True)) + 1e-6
        return am / norm

    def construct(self, s_feats, t_feats):
        loss = 0.0
        for f_s, f_t in zip(s_feats, t_feats):
            diff = self.attention_map(f_s) - self.attention_map(f_t)
            loss = loss + (diff * diff).mean()
        return self.beta / 2 * loss


def make():
    np.random.seed(9)
    s = (Tensor(np.random.randn(2, 8, 8, 8).astype(np.float32)),
         Tensor(np.random.randn(2, 16, 4, 4).astype(np.float32)))
    t = (Tensor(np.random.randn(2, 32, 8, 8).astype(np.float32)),
         Tensor(np.random.randn(2, 64, 4, 4).astype(np.float32)))
    return AttentionTransfer(), (s, t)
