# case: k-nearest-neighbour graph clamps k with the padded atom dimension (a shape, not data) and a config value -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KnnConfig:
    def __init__(self, k=16, adaptive_k=True, hidden=8):
        self.k = k
        self.adaptive_k = adaptive_k
        self.hidden = hidden


class KnnGraph(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.k = config.k
        self.adaptive_k = config.adaptive_k
        self.edge_mlp = nn.Dense(1, config.hidden)

    def _effective_k(self, pos):
        if self.adaptive_k:
            return min(self.k, pos.shape[1] - 1)
        return self.k

    def construct(self, pos, num_atoms):
        d = ops.norm(pos[:, :, None, :] - pos[:, None, :, :], dim=-1)
        k = self._effective_k(pos)
        neg_d, nbr_idx = ops.topk(-d, k + 1)
        nbr_d = -neg_d[..., 1:]
        valid = (nbr_idx[..., 1:] < num_atoms[:, None, None]).astype(ms.float32)
        return self.edge_mlp(nbr_d[..., None]) * valid[..., None], nbr_idx[..., 1:]


def make():
    np.random.seed(18)
    pos = Tensor(np.random.randn(2, 10, 3).astype(np.float32))
    counts = Tensor(np.array([10, 5], np.int32))
    return KnnGraph(KnnConfig()), (pos, counts)
