# case: computes k-mer indices with a fixed-weight Conv1d (powers of 4) over base ids and looks up learned k-mer embeddings -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KmerIndexer(nn.Cell):
    def __init__(self, k=3):
        super().__init__()
        w = np.array([4 ** (k - 1 - i) for i in range(k)], dtype=np.float32).reshape(1, 1, k)
        self.conv = nn.Conv1d(1, 1, k, pad_mode="valid", has_bias=False, weight_init=Tensor(w))
        self.conv.weight.requires_grad = False

    def construct(self, seq):
        x = seq.astype(ms.float32).expand_dims(1)
        return ops.round(self.conv(x)).squeeze(1).astype(ms.int32)


class KmerBagModel(nn.Cell):
    def __init__(self, k=3, dim=8, n_classes=2):
        super().__init__()
        self.indexer = KmerIndexer(k)
        self.table = nn.Embedding(4 ** k, dim)
        self.head = nn.Dense(dim, n_classes)

    def construct(self, seq):
        idx = self.indexer(seq)
        bag = self.table(idx).mean(axis=1)
        return self.head(bag)


def make():
    np.random.seed(35)
    seq = Tensor(np.random.randint(0, 4, size=(3, 15)).astype(np.int32))
    return KmerBagModel(), (seq,)
