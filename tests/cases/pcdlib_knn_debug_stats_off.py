# case: k-NN feature propagation with a debug_stats flag (default False, never set) whose branch would call .asnumpy() and numpy -> static (branch never taken)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PropagationConfig:
    def __init__(self, k=3, debug_stats=False, eps=1e-8):
        self.k = k
        self.debug_stats = debug_stats
        self.eps = eps


class FeaturePropagation(nn.Cell):
    """Inverse-distance interpolation of coarse features onto dense points."""

    def __init__(self, config, in_channels, out_channels):
        super().__init__()
        self.k = config.k
        self.eps = config.eps
        self.debug_stats = config.debug_stats
        self.proj = nn.Dense(in_channels, out_channels)

    def _log_stats(self, dist):
        d = dist.asnumpy()
        print("knn dist mean", float(np.mean(d)), "max", float(np.max(d)))

    def construct(self, xyz_dense, xyz_coarse, feats_coarse):
        d = (xyz_dense.expand_dims(2) - xyz_coarse.expand_dims(1)).pow(2).sum(-1)
        neg, idx = ops.topk(-d, self.k, dim=-1)
        dist = -neg
        if self.debug_stats:
            self._log_stats(dist)
        weight = 1.0 / (dist + self.eps)
        weight = weight / weight.sum(-1, keepdims=True)
        b, n, _ = idx.shape
        c = feats_coarse.shape[-1]
        nbr = ops.gather_elements(feats_coarse, 1, ops.tile(idx.reshape(b, -1, 1), (1, 1, c)))
        nbr = nbr.reshape(b, n, self.k, c)
        interp = (nbr * weight.expand_dims(-1)).sum(2)
        return self.proj(interp)


def make():
    np.random.seed(3487)
    dense = Tensor(np.random.rand(2, 64, 3).astype(np.float32))
    coarse = Tensor(np.random.rand(2, 16, 3).astype(np.float32))
    feats = Tensor(np.random.randn(2, 16, 12).astype(np.float32))
    return FeaturePropagation(PropagationConfig(), 12, 8), (dense, coarse, feats)
