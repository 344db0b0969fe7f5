# case: speaker-change scores between adjacent windows, thresholded with ops.select into a fixed-length 0/1 change mask -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChangeScorer(nn.Cell):
    def __init__(self, threshold=0.4, context=2):
        super().__init__()
        self.threshold = threshold
        self.context = context

    def construct(self, emb):
        # emb: (T, D) frame embeddings
        emb = emb / (ops.norm(emb, dim=-1, keepdim=True) + 1e-8)
        c = self.context
        left = emb[:-c]
        right = emb[c:]
        dist = 1.0 - (left * right).sum(axis=-1)
        pad = ops.zeros((c,), ms.float32)
        dist = ops.concat((pad, dist))
        ones = ops.ones_like(dist)
        zeros = ops.zeros_like(dist)
        change = ops.select(dist > self.threshold, ones, zeros)
        return change, dist


def make():
    np.random.seed(4)
    emb = Tensor(np.random.randn(18, 10).astype(np.float32))
    return ChangeScorer(), (emb,)
