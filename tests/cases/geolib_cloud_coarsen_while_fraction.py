# case: cloud-mask handler keeps coarsening the mask by 2x2 majority vote while the cloud fraction is still above the target -> while on a tensor value with a shape change per iteration, expected to fail in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CloudMaskConfig:
    def __init__(self, target_fraction=0.05, dilate=False, pool=2):
        self.target_fraction = target_fraction
        self.dilate = dilate
        self.pool = pool


class CloudMaskCoarsener(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.target = config.target_fraction
        self.pool = nn.AvgPool2d(kernel_size=config.pool, stride=config.pool)
        self.dilate = config.dilate

    def _fraction(self, mask):
        return mask.mean()

    def construct(self, cloud_mask):
        mask = cloud_mask
        if self.dilate:
            mask = ops.max_pool2d(mask, 3, 1, 1)
        while mask.shape[-1] > 2 and self._fraction(mask) > self.target:
            mask = (self.pool(mask) > 0.5).astype(mask.dtype)
        return mask


def make():
    np.random.seed(3380)
    m = (np.random.rand(1, 1, 64, 64) < 0.3).astype(np.float32)
    return CloudMaskCoarsener(CloudMaskConfig()), (Tensor(m),)
