# case: MRI z-score normalisation computed over foreground voxels (intensity threshold mask used as weights, background zeroed with where) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ForegroundZScore(nn.Cell):
    def __init__(self, threshold=0.0, clip=(-3.0, 3.0), eps=1e-6):
        super().__init__()
        self.threshold = threshold
        self.clip = clip
        self.eps = eps

    def _masked_stats(self, volume, mask):
        n = ops.maximum(mask.sum(), 1.0)
        mean = (volume * mask).sum() / n
        var = (((volume - mean) ** 2) * mask).sum() / n
        return mean, ops.sqrt(var + self.eps)

    def construct(self, volume):
        mask = (volume > self.threshold).astype(ms.float32)
        mean, std = self._masked_stats(volume, mask)
        out = (volume - mean) / std
        out = ops.where(mask > 0, out, ops.zeros_like(out))
        if self.clip is not None:
            out = ops.clamp(out, self.clip[0], self.clip[1])
        return out


def make():
    np.random.seed(0)
    vol = np.zeros((1, 1, 6, 8, 8), dtype=np.float32)
    vol[0, 0, 1:5, 2:7, 1:6] = np.random.rand(4, 5, 5).astype(np.float32) * 300 + 100
    return ForegroundZScore(), (Tensor(vol),)
