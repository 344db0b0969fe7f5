# case: superpixel refinement head that broadcasts per-superpixel class scores back to pixels through a CSRTensor (one entry per pixel row, column = superpixel id) and csr.mm -> CSRTensor and sparse matmul in construct (sparse, may be unsupported)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SuperpixelConfig:
    num_superpixels = 6
    num_classes = 4
    channels = 8
    blend = 0.5


class SuperpixelRefineHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_superpixels = config.num_superpixels
        self.blend = config.blend
        self.cls = nn.Dense(config.channels, config.num_classes)

    def _pool(self, feat_flat, sp_ids):
        onehot = ops.one_hot(sp_ids, self.num_superpixels, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        sums = ops.matmul(onehot.T, feat_flat)
        return sums / ops.clamp(onehot.sum(axis=0), min=1.0).expand_dims(1)

    def construct(self, feat, superpixels, seg_logit):
        c, h, w = feat.shape
        feat_flat = feat.reshape(c, h * w).T
        sp_ids = superpixels.reshape(-1)
        sp_scores = self.cls(self._pool(feat_flat, sp_ids))
        indptr = ops.arange(h * w + 1, dtype=ms.int32)
        values = ops.ones((h * w,), ms.float32)
        unpool = ms.CSRTensor(indptr, sp_ids, values, (h * w, self.num_superpixels))
        pixel_scores = unpool.mm(sp_scores)
        pixel_scores = pixel_scores.T.reshape(-1, h, w)
        return (1 - self.blend) * seg_logit + self.blend * pixel_scores


def make():
    np.random.seed(3462)
    feat = Tensor(np.random.randn(8, 8, 8).astype(np.float32))
    sp = np.repeat(np.repeat(np.arange(6).reshape(2, 3), 4, axis=0), 3, axis=1)[:, :8]
    logit = Tensor(np.random.randn(4, 8, 8).astype(np.float32))
    return SuperpixelRefineHead(SuperpixelConfig()), (feat, Tensor(sp.astype(np.int32)), logit)
