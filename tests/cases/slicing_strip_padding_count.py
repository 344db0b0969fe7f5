# case: embedding-bag strips trailing padding using the count of non-pad ids as a slice bound
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BagOfWords(nn.Cell):
    def __init__(self, vocab=20, dim=8, pad_id=0):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim, padding_idx=pad_id)
        self.pad_id = pad_id
        self.fc = nn.Dense(dim, 2)

    def construct(self, ids):
        n_valid = (ids != self.pad_id).astype(ms.int64).sum()
        vec = self.embed(ids[:n_valid]).mean(axis=0, keep_dims=True)
        return self.fc(vec)


def make():
    return BagOfWords(), (Tensor(np.array([3, 9, 4, 0, 0, 0], np.int32)),)
