# case: cloud + optional shadow mask combined with ops.select, masked mean reflectance per band -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedBandMean(nn.Cell):
    def __init__(self, cloud_thresh=0.5, use_shadow_mask=True, shadow_thresh=0.5):
        super().__init__()
        self.cloud_thresh = cloud_thresh
        self.use_shadow_mask = use_shadow_mask
        self.shadow_thresh = shadow_thresh

    def build_mask(self, cloud_prob, shadow_prob):
        bad = cloud_prob > self.cloud_thresh
        if self.use_shadow_mask:
            bad = ops.logical_or(bad, shadow_prob > self.shadow_thresh)
        return ops.logical_not(bad)

    def construct(self, scene, cloud_prob, shadow_prob):
        clear = self.build_mask(cloud_prob, shadow_prob)
        clear_b = ops.broadcast_to(clear.expand_dims(1), scene.shape)
        kept = ops.select(clear_b, scene, ops.zeros_like(scene))
        count = clear.astype(ms.float32).sum(axis=(1, 2)).expand_dims(1)
        band_mean = kept.sum(axis=(2, 3)) / ops.maximum(count, 1.0)
        clear_frac = count / (scene.shape[2] * scene.shape[3])
        return band_mean, clear_frac


def make():
    np.random.seed(31)
    scene = Tensor(np.random.rand(2, 4, 8, 8).astype(np.float32))
    cloud = Tensor(np.random.rand(2, 8, 8).astype(np.float32))
    shadow = Tensor(np.random.rand(2, 8, 8).astype(np.float32))
    return MaskedBandMean(), (scene, cloud, shadow)
