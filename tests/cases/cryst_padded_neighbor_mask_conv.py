# case: message passing over a padded neighbour list (index -1 marks padding), padding handled by clamping indices and multiplying a float mask -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedInteraction(nn.Cell):
    def __init__(self, dim=8, cutoff=5.0):
        super().__init__()
        self.cutoff = cutoff
        self.filter_net = nn.SequentialCell([nn.Dense(1, dim), nn.Tanh(), nn.Dense(dim, dim)])
        self.out = nn.Dense(dim, dim)

    def construct(self, atom_feats, nbr_idx, nbr_dist):
        n, m = nbr_idx.shape
        valid = ops.cast(nbr_idx >= 0, ms.float32)
        safe_idx = ops.clip_by_value(nbr_idx, 0, n - 1)
        nbr_feats = ops.gather(atom_feats, safe_idx.reshape(-1), 0).reshape(n, m, -1)
        w = self.filter_net(ops.expand_dims(nbr_dist, -1))
        cut = 0.5 * (ops.cos(nbr_dist * np.pi / self.cutoff) + 1.0) * valid
        msg = (nbr_feats * w * ops.expand_dims(cut, -1)).sum(1)
        return atom_feats + self.out(msg)


def make():
    np.random.seed(32)
    feats = Tensor(np.random.randn(5, 8).astype(np.float32))
    idx = np.array([[1, 2, -1], [0, 3, 4], [0, -1, -1], [1, 4, -1], [1, 3, -1]], np.int32)
    dist = (1.0 + 3.0 * np.random.rand(5, 3)).astype(np.float32)
    return MaskedInteraction(), (feats, Tensor(idx), Tensor(dist))
