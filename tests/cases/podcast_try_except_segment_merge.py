# case: merge adjacent speaker segments with a try/except fallback around a concat of boundary embeddings -> error (try/except not supported in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentMerger(nn.Cell):
    def __init__(self, emb_dim=16):
        super().__init__()
        self.fuse = nn.Dense(2 * emb_dim, emb_dim)

    def construct(self, left_emb, right_emb):
        try:
            pair = ops.concat((left_emb, right_emb), axis=-1)
            merged = self.fuse(pair)
        except ValueError:
            merged = (left_emb + right_emb) / 2
        sim = ops.cosine_similarity(left_emb, right_emb, dim=-1)
        return merged, sim


def make():
    np.random.seed(11)
    left = Tensor(np.random.randn(5, 16).astype(np.float32))
    right = Tensor(np.random.randn(5, 16).astype(np.float32))
    return SegmentMerger(), (left, right)
