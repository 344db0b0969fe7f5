# case: reaction-centre head zeroes non-bond pair logits with ops.select, keeping the full NxN grid -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BondCenterHead(nn.Cell):
    def __init__(self, hidden=16, neg_fill=-1e4):
        super().__init__()
        self.pair_proj = nn.Dense(2 * hidden, 1)
        self.neg_fill = neg_fill

    def pair_features(self, h):
        n = h.shape[0]
        hi = ops.broadcast_to(h.expand_dims(1), (n, n, h.shape[1]))
        hj = ops.broadcast_to(h.expand_dims(0), (n, n, h.shape[1]))
        return ops.concat((hi, hj), axis=-1)

    def construct(self, atom_h, bond_mask):
        pairs = self.pair_features(atom_h)
        logits = self.pair_proj(pairs).squeeze(-1)
        fill = ops.full_like(logits, self.neg_fill)
        masked = ops.select(bond_mask > 0, logits, fill)
        flat = masked.reshape(-1)
        probs = ops.softmax(flat, axis=0)
        return probs.reshape(logits.shape)


def make():
    np.random.seed(1)
    atom_h = Tensor(np.random.randn(9, 16).astype(np.float32))
    bond_mask = Tensor((np.random.rand(9, 9) > 0.6).astype(np.int32))
    return BondCenterHead(), (atom_h, bond_mask)
