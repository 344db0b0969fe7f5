# case: PaDiM scoring with precomputed per-position mean and inverse covariance, upsampled Mahalanobis map -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PadimInference(nn.Cell):
    def __init__(self, mean, inv_cov, out_size=(16, 16)):
        super().__init__()
        self.mean = ms.Parameter(Tensor(mean), name="mean", requires_grad=False)        # (P, C)
        self.inv_cov = ms.Parameter(Tensor(inv_cov), name="inv_cov", requires_grad=False)  # (P, C, C)
        self.out_size = out_size

    def mahalanobis(self, emb):
        b, c, h, w = emb.shape
        x = emb.reshape(b, c, h * w).transpose(2, 0, 1)           # (P, B, C)
        d = x - self.mean.expand_dims(1)
        left = ops.bmm(d, self.inv_cov)
        dist = ops.sqrt(ops.relu((left * d).sum(axis=-1)))        # (P, B)
        return dist.transpose(1, 0).reshape(b, 1, h, w)

    def construct(self, emb):
        dist = self.mahalanobis(emb)
        amap = ops.interpolate(dist, size=self.out_size, mode="bilinear", align_corners=False)
        return amap, amap.reshape(amap.shape[0], -1).max(axis=1)


def make():
    np.random.seed(22)
    p, c = 16, 4
    mean = np.random.randn(p, c).astype(np.float32)
    inv = np.stack([np.eye(c) * (1 + 0.1 * i) for i in range(p)]).astype(np.float32)
    emb = np.random.randn(2, c, 4, 4).astype(np.float32)
    return PadimInference(mean, inv), (Tensor(emb),)
