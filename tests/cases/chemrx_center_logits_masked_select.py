# case: reaction-centre head keeps only bond logits above a threshold via masked_select -> dynamic shape output
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BondCenterHead(nn.Cell):
    def __init__(self, hidden=16, threshold=0.0):
        super().__init__()
        self.pair_proj = nn.Dense(2 * hidden, 1)
        self.threshold = threshold

    def pair_features(self, h):
        n = h.shape[0]
        hi = ops.broadcast_to(h.expand_dims(1), (n, n, h.shape[1]))
        hj = ops.broadcast_to(h.expand_dims(0), (n, n, h.shape[1]))
        return ops.concat((hi, hj), axis=-1)

    def construct(self, atom_h, bond_mask):
        pairs = self.pair_features(atom_h)
        logits = self.pair_proj(pairs).squeeze(-1)
        keep = ops.logical_and(logits > self.threshold, bond_mask > 0)
        center_logits = ops.masked_select(logits, keep)
        return ops.sigmoid(center_logits)


def make():
    np.random.seed(0)
    atom_h = Tensor(np.random.randn(9, 16).astype(np.float32))
    bond_mask = Tensor((np.random.rand(9, 9) > 0.6).astype(np.int32))
    return BondCenterHead(), (atom_h, bond_mask)
