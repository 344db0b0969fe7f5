# case: locates the first in-frame stop codon with argmax and builds a keep-mask by comparing an arange to that position -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

A, C, G, T = 0, 1, 2, 3


class TranslationTruncator(nn.Cell):
    def __init__(self, n_codons=12):
        super().__init__()
        self.n_codons = n_codons
        self.positions = Tensor(np.arange(n_codons).astype(np.int32))

    def construct(self, codons):
        c0, c1, c2 = codons[:, :, 0], codons[:, :, 1], codons[:, :, 2]
        stop = (c0 == T) & (((c1 == A) & ((c2 == A) | (c2 == G))) | ((c1 == G) & (c2 == A)))
        stop_i = stop.astype(ms.int32)
        has_stop = stop_i.max(axis=1) > 0
        first = ops.argmax(stop_i, dim=1).astype(ms.int32)
        first = ops.select(has_stop, first, ops.full(first.shape, self.n_codons, dtype=ms.int32))
        keep = self.positions.expand_dims(0) < first.expand_dims(1)
        return keep.astype(ms.float32), first


def make():
    np.random.seed(15)
    codons = np.random.randint(0, 4, size=(3, 12, 3)).astype(np.int32)
    codons[1, 5] = [T, A, A]
    return TranslationTruncator(), (Tensor(codons),)
