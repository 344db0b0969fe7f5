# case: particle feature smoothing whose neighbour count k adapts to the local density estimate (topk with tensor k) -> compile error or dynamic at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveKNNSmoother(nn.Cell):
    def __init__(self, feat_dim=4, k_min=2, k_max=6, radius=0.35):
        super().__init__()
        self.k_min = k_min
        self.k_max = k_max
        self.radius = radius
        self.proj = nn.Dense(feat_dim, feat_dim)

    def choose_k(self, dist):
        density = (dist < self.radius).astype(ms.float32).sum(axis=1).mean()
        k = ops.clip_by_value(ops.round(density), self.k_min, self.k_max)
        return k.astype(ms.int32)

    def construct(self, pos, feats):
        diff = pos[:, None, :] - pos[None, :, :]
        dist = ops.sqrt((diff ** 2).sum(-1) + 1e-12)
        k = self.choose_k(dist)
        neg_d, nbr = ops.topk(-dist, k)
        w = ops.softmax(neg_d / self.radius, axis=-1)
        nbr_feats = ops.gather(feats, nbr.reshape(-1), 0).reshape(nbr.shape + (feats.shape[-1],))
        smoothed = (w.expand_dims(-1) * nbr_feats).sum(1)
        return self.proj(smoothed)


def make():
    np.random.seed(25)
    pos = Tensor(np.random.rand(20, 3).astype(np.float32))
    feats = Tensor(np.random.rand(20, 4).astype(np.float32))
    return AdaptiveKNNSmoother(), (pos, feats)
