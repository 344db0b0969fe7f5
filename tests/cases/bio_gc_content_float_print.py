# case: computes GC content of a read, converts it with float() and prints an f-string report inside construct before scaling embeddings -> host conversion of a tensor, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

C_IDX, G_IDX = 1, 2


class GCAwareEncoder(nn.Cell):
    def __init__(self, dim=8, verbose=True):
        super().__init__()
        self.embed = nn.Embedding(4, dim)
        self.verbose = verbose

    def gc_fraction(self, seq):
        gc = ((seq == C_IDX) | (seq == G_IDX)).astype(ms.float32)
        return gc.mean()

    def construct(self, seq):
        gc = float(self.gc_fraction(seq))
        if self.verbose:
            print(f"read GC content: {gc:.3f}")
        scale = 1.0 + abs(gc - 0.5)
        return self.embed(seq) * scale


def make():
    np.random.seed(18)
    seq = Tensor(np.random.randint(0, 4, size=(20,)).astype(np.int32))
    return GCAwareEncoder(), (seq,)
