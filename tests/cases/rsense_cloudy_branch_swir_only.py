# case: when cloud cover exceeds a limit use only the SWIR bands, else all bands (branches give different channel counts) -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CloudAdaptiveBands(nn.Cell):
    """SWIR penetrates thin cirrus better, so cloudy scenes fall back to SWIR only."""

    def __init__(self, swir_start=4, cloud_limit=0.3):
        super().__init__()
        self.swir_start = swir_start
        self.cloud_limit = cloud_limit

    def cloud_fraction(self, qa):
        return (qa > 0).astype(ms.float32).mean()

    def pick_bands(self, scene, qa):
        if self.cloud_fraction(qa) > self.cloud_limit:
            return scene[:, self.swir_start:]
        return scene

    def construct(self, scene, qa):
        bands = self.pick_bands(scene, qa)
        pooled = bands.mean(axis=(2, 3))
        return pooled / pooled.sum(axis=1, keepdims=True)


def make():
    np.random.seed(17)
    scene = Tensor(np.random.rand(2, 6, 8, 8).astype(np.float32))
    qa = Tensor((np.random.rand(2, 8, 8) > 0.5).astype(np.int32))
    return CloudAdaptiveBands(), (scene, qa)
