# case: docstring encoder builds a length mask with sequence_mask(lengths, x.shape[1]) and mean-pools -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DocstringPooler(nn.Cell):
    def __init__(self, vocab_size=30, dim=16, out_dim=8):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, dim)
        self.proj = nn.Dense(dim, out_dim)

    def _masked_mean(self, h, lengths):
        mask = ops.sequence_mask(lengths, h.shape[1]).astype(h.dtype)
        total = (h * mask.expand_dims(-1)).sum(axis=1)
        return total / ops.maximum(mask.sum(axis=1, keepdims=True), 1.0)

    def construct(self, token_ids, lengths):
        h = self.embed(token_ids)
        return self.proj(self._masked_mean(h, lengths))


def make():
    np.random.seed(0)
    ids = Tensor(np.random.randint(0, 30, size=(3, 7)).astype(np.int32))
    lengths = Tensor(np.array([7, 3, 5], np.int32))
    return DocstringPooler(), (ids, lengths)
