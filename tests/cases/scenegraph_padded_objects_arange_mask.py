# case: images padded to max objects, valid-object mask from arange < num_objs tensor and multiplied into pair scores -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PaddedPairScorer(nn.Cell):
    def __init__(self, feat_dim=10):
        super().__init__()
        self.subj = nn.Dense(feat_dim, feat_dim)
        self.obj = nn.Dense(feat_dim, feat_dim)

    def construct(self, feats, num_objs):
        b, m, _ = feats.shape
        valid = (ops.arange(m, dtype=ms.int32)[None, :] < num_objs[:, None]).astype(ms.float32)
        pair_valid = valid[:, :, None] * valid[:, None, :]
        logits = ops.bmm(self.subj(feats), self.obj(feats).transpose(0, 2, 1))
        return ops.sigmoid(logits) * pair_valid


def make():
    np.random.seed(39)
    feats = Tensor(np.random.randn(3, 6, 10).astype(np.float32))
    num_objs = Tensor(np.array([6, 3, 4], dtype=np.int32))
    return PaddedPairScorer(), (feats, num_objs)
