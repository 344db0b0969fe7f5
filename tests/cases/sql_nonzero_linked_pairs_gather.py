# case: relation builder finds (token, column) pairs with an exact-match link via nonzero and gathers their embeddings -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LinkRelationBuilder(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.fuse = nn.Dense(2 * hidden, hidden)

    def pair_features(self, q, c, pairs):
        tok = ops.gather(q, pairs[:, 0], 0)
        col = ops.gather(c, pairs[:, 1], 0)
        return ops.cat((tok, col), axis=-1)

    def construct(self, q, c, exact_match):
        pairs = ops.nonzero(exact_match)          # (P, 2), P data dependent
        feats = self.pair_features(q, c, pairs)
        rel = ops.relu(self.fuse(feats))
        return rel.sum(axis=0)


def make():
    np.random.seed(4)
    q = Tensor(np.random.randn(7, 8).astype(np.float32))
    c = Tensor(np.random.randn(4, 8).astype(np.float32))
    m = (np.random.rand(7, 4) > 0.75).astype(np.int32)
    m[1, 2] = 1
    return LinkRelationBuilder(), (q, c, Tensor(m))
