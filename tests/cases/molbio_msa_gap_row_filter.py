# case: MSA encoder drops alignment rows with too many gaps through boolean row indexing before the column mean -> dynamic shape at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

GAP = 20


class MSAProfileEncoder(nn.Cell):
    def __init__(self, num_tokens=22, dim=16, max_gap_frac=0.5):
        super().__init__()
        self.embed = nn.Embedding(num_tokens, dim)
        self.row_proj = nn.Dense(dim, dim)
        self.max_gap_frac = max_gap_frac

    def filter_rows(self, msa):
        gap_frac = (msa == GAP).astype(ms.float32).mean(axis=1)
        keep = gap_frac <= self.max_gap_frac
        keep[0] = True  # the query row is always kept
        return msa[keep]

    def construct(self, msa):
        rows = self.filter_rows(msa)
        m = self.row_proj(self.embed(rows))
        profile = m.mean(axis=0)
        return profile


def make():
    np.random.seed(13)
    msa = np.random.randint(0, 20, size=(6, 10)).astype(np.int32)
    msa[2, :7] = GAP
    msa[4, 2:9] = GAP
    return MSAProfileEncoder(), (Tensor(msa),)
