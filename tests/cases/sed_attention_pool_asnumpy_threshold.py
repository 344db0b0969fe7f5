# case: attention pooling head that computes an adaptive threshold on the host with .asnumpy() and np.percentile inside construct -> Graph mode should fail
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttentionPoolTagger(nn.Cell):
    def __init__(self, in_dim=12, n_classes=5, percentile=75):
        super().__init__()
        self.cla = nn.Dense(in_dim, n_classes)
        self.att = nn.Dense(in_dim, n_classes)
        self.percentile = percentile

    def construct(self, feats):
        # feats: (batch, frames, in_dim)
        cla = ops.sigmoid(self.cla(feats))
        att = ops.softmax(ops.tanh(self.att(feats)), axis=1)
        clip = (cla * att).sum(axis=1)
        thr = np.percentile(clip.asnumpy(), self.percentile)
        decisions = clip > Tensor(thr, ms.float32)
        return clip, decisions


def make():
    np.random.seed(6)
    feats = Tensor(np.random.randn(2, 16, 12).astype(np.float32))
    return AttentionPoolTagger(), (feats,)
