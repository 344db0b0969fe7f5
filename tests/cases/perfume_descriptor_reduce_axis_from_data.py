# case: descriptor pooling averages the fingerprint-embedding tensor over an axis chosen by a tensor flag (atoms vs conformers) -> reduce axis from tensor value, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConformerPooling(nn.Cell):
    def __init__(self, feat=32, n_desc=8):
        super().__init__()
        self.proj = nn.Dense(feat, feat)
        self.head = nn.Dense(feat, n_desc)

    def construct(self, atom_feats, pool_axis):
        # atom_feats: (molecules, conformers, atoms, feat)
        h = ops.relu(self.proj(atom_feats))
        h = h.mean(axis=int(pool_axis))
        h = h.mean(axis=1)
        return ops.sigmoid(self.head(h))


def make():
    np.random.seed(151)
    x = Tensor(np.random.randn(3, 4, 5, 32).astype(np.float32))
    return ConformerPooling(), (x, Tensor(2, ms.int32))
