# case: cloud-aware scene statistics take the mean reflectance over clear pixels picked with the boolean cloud mask -> boolean-mask indexing gives a data-dependent shape in Graph mode
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

    def _clear_pixels(self, band, cloud_prob):
        clear = cloud_prob < self.cloud_threshold
        return band[clear]

    def construct(self, image, cloud_prob):
        stats = []
        for b in range(image.shape[1]):
            band = image[:, b]
            if self.mask_clouds:
                band = self._clear_pixels(band, cloud_prob)
            stats.append(band.mean() + self.eps)
        return ops.stack(stats)


def make():
    np.random.seed(3373)
    image = Tensor(np.random.rand(1, 4, 24, 24).astype(np.float32))
    cloud = Tensor(np.random.rand(1, 24, 24).astype(np.float32))
    return CloudAwareStats(SceneStatsConfig()), (image, cloud)
