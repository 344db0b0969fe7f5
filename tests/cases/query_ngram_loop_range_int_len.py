# case: build character trigram hash features by looping range(int(length)) and growing a list -> loop count from a tensor value, list length data dependent
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CharTrigramHasher(nn.Cell):
    def __init__(self, buckets=97, dim=8):
        super().__init__()
        self.buckets = buckets
        self.emb = nn.Embedding(buckets, dim)

    def trigram_id(self, chars, i):
        return (chars[i] * 31 * 31 + chars[i + 1] * 31 + chars[i + 2]) % self.buckets

    def construct(self, chars, length):
        ids = []
        for i in range(int(length) - 2):
            ids.append(self.trigram_id(chars, i))
        id_tensor = ops.stack(ids)
        return self.emb(id_tensor).mean(axis=0)


def make():
    np.random.seed(14)
    chars = np.zeros((12,), dtype=np.int32)
    chars[:7] = np.random.randint(1, 27, size=7)
    return CharTrigramHasher(), (Tensor(chars), Tensor(7, ms.int32))
