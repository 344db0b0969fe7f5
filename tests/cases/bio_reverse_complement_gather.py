# case: reverse-complements a DNA batch with flip and a constant complement lookup table, then scores both strands with a shared conv -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReverseComplement(nn.Cell):
    def __init__(self):
        super().__init__()
        # A C G T N -> T G C A N
        self.table = Tensor(np.array([3, 2, 1, 0, 4], dtype=np.int32))

    def construct(self, seq):
        comp = ops.gather(self.table, seq, 0)
        return ops.flip(comp, (1,))


class StrandSymmetricScorer(nn.Cell):
    def __init__(self, channels=4, kernel=5):
        super().__init__()
        self.rc = ReverseComplement()
        self.embed = nn.Embedding(5, 6)
        self.conv = nn.Conv1d(6, channels, kernel, pad_mode="valid", has_bias=True)

    def strand(self, seq):
        h = self.embed(seq).transpose(0, 2, 1)
        return ops.relu(self.conv(h)).max(axis=-1)

    def construct(self, seq):
        fwd = self.strand(seq)
        rev = self.strand(self.rc(seq))
        return ops.maximum(fwd, rev)


def make():
    np.random.seed(30)
    seq = Tensor(np.random.randint(0, 5, size=(3, 16)).astype(np.int32))
    return StrandSymmetricScorer(), (seq,)
