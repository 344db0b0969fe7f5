# case: per-sequence splice-site hit positions found with argwhere in a helper Cell, each padded with -1 up to max_hits and stacked into a batch -> dynamic shapes from argwhere and a pad width computed from them
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

G, T = 2, 3


class DonorSiteFinder(nn.Cell):
    """Finds GT dinucleotides (splice donor sites) in a single sequence."""

    def construct(self, seq):
        is_gt = (seq[:-1] == G) & (seq[1:] == T)
        return ops.argwhere(is_gt).reshape(-1).astype(ms.int32)


class BatchDonorSites(nn.Cell):
    def __init__(self, max_hits=6):
        super().__init__()
        self.finder = DonorSiteFinder()
        self.max_hits = max_hits

    def construct(self, seqs):
        padded = []
        for b in range(seqs.shape[0]):
            pos = self.finder(seqs[b])[:self.max_hits]
            pad_width = self.max_hits - pos.shape[0]
            padded.append(ops.pad(pos, (0, pad_width), value=-1))
        return ops.stack(padded)


def make():
    np.random.seed(39)
    seqs = np.random.randint(0, 4, size=(3, 20)).astype(np.int32)
    return BatchDonorSites(), (Tensor(seqs),)
