# case: multi-hot bag pooling zeroes padding embeddings with a mask and divides by the valid count; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from mindspore import ops as P


class EmbeddingBag(nn.Cell):
    def __init__(self, vocab=100, dim=8, pad=0):
        super().__init__()
        self.pad = pad
        self.emb = nn.Embedding(vocab, dim, padding_idx=pad)

    def construct(self, bags):
        mask = (bags != self.pad).astype(ms.float32).expand_dims(-1)
        vec = self.emb(bags) * mask
        n = P.maximum(mask.sum(1), 1.0)
        return vec.sum(1) / n


def make():
    bags = np.random.RandomState(32).randint(1, 100, (4, 5)).astype(np.int32)
    bags[0, 3:] = 0
    bags[2, 1:] = 0
    return EmbeddingBag(), (Tensor(bags),)
