# case: positional encoding only for real residues: ops.arange up to the number of unmasked residues from data -> dynamic shape at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RelativePositionEncoder(nn.Cell):
    def __init__(self, dim=16, max_rel=8):
        super().__init__()
        self.max_rel = max_rel
        self.rel_embed = nn.Embedding(2 * max_rel + 1, dim)

    def residue_index(self, mask):
        n_res = mask.astype(ms.int32).sum()
        return ops.arange(0, n_res, dtype=ms.int32)

    def construct(self, single, mask):
        idx = self.residue_index(mask)
        rel = idx[:, None] - idx[None, :]
        rel = ops.clamp(rel, -self.max_rel, self.max_rel) + self.max_rel
        pair = self.rel_embed(rel)
        n = idx.shape[0]
        return pair + single[:n, None, :] + single[None, :n, :]


def make():
    np.random.seed(16)
    single = Tensor(np.random.randn(7, 16).astype(np.float32))
    mask = Tensor(np.array([1, 1, 1, 1, 1, 0, 0], dtype=np.bool_))
    return RelativePositionEncoder(), (single, mask)
