# case: word-level pooling of frame features with unsorted_segment_mean whose segment count comes from word_ids.max() -> dynamic shape at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WordPooler(nn.Cell):
    def __init__(self, dim=8, out_dim=4, use_proj=True):
        super().__init__()
        self.use_proj = use_proj
        self.proj = nn.Dense(dim, out_dim)

    def segment_mean(self, x, seg, n):
        s = ops.unsorted_segment_sum(x, seg, n)
        c = ops.unsorted_segment_sum(ops.ones_like(x[:, :1]), seg, n)
        return s / ops.maximum(c, 1.0)

    def construct(self, frames, word_ids):
        if self.use_proj:
            frames = self.proj(frames)
        n_words = word_ids.max() + 1
        return self.segment_mean(frames, word_ids, n_words)


def make():
    np.random.seed(11)
    frames = Tensor(np.random.randn(9, 8).astype(np.float32))
    word_ids = Tensor(np.array([0, 0, 1, 1, 1, 2, 3, 3, 3], np.int32))
    return WordPooler(), (frames, word_ids)
