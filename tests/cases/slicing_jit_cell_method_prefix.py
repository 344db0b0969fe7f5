# case: @ms.jit-decorated method on an nn.Cell slices a prefix with a tensor length; the method is the target
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PrefixLM(nn.Cell):
    def __init__(self, vocab=16, dim=6):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.head = nn.Dense(dim, vocab)

    @ms.jit
    def prefix_logits(self, ids, prefix_len):
        h = self.embed(ids)
        h = h[:, :prefix_len]
        return self.head(h.mean(axis=1))


def make():
    net = PrefixLM()
    ids = Tensor(np.array([[1, 5, 7, 2, 9]], np.int32))
    return net.prefix_logits, (ids, Tensor(3, ms.int64))
