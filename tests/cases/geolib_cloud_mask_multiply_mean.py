# case: cloud-aware band statistics computed with the cloud mask as a 0/1 weight (multiply and divide by clear count) -> fixed shapes, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SceneStatsConfig:
    def __init__(self, cloud_threshold=0.4, mask_clouds=True, eps=1e-6):
        self.cloud_threshold = cloud_threshold
        self.mask_clouds = mask_clouds
        self.eps = eps


class CloudAwareStats(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cloud_threshold = config.cloud_threshold
        self.mask_clouds = config.mask_clouds
        self.eps = config.eps

    def _clear_pixels(self, image, cloud_prob):
        clear = (cloud_prob < self.cloud_threshold).astype(image.dtype)
        clear = clear.expand_dims(1)
        total = (image * clear).sum(axis=(2, 3))
        count = clear.sum(axis=(2, 3))
        return total / ops.maximum(count, self.eps)

    def construct(self, image, cloud_prob):
        if self.mask_clouds:
            return self._clear_pixels(image, cloud_prob)
        return image.mean(axis=(2, 3))


def make():
    np.random.seed(3374)
    image = Tensor(np.random.rand(2, 4, 24, 24).astype(np.float32))
    cloud = Tensor(np.random.rand(2, 24, 24).astype(np.float32))
    return CloudAwareStats(SceneStatsConfig()), (image, cloud)
