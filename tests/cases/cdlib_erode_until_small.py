# case: morphological cleanup erodes the change mask while its area stays above min_area, collecting each step in a list and summing them into a depth map -> while loop on tensor values growing a list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MorphConfig:
    min_area = 20.0
    max_iter = 6


class ErosionDepth(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.min_area = config.min_area
        self.max_iter = config.max_iter
        self.pool = nn.MaxPool2d(kernel_size=3, stride=1, pad_mode="same")

    def _erode(self, mask):
        return 1.0 - self.pool(1.0 - mask)

    def construct(self, mask):
        steps = [mask]
        cur = mask
        while cur.sum() > self.min_area and len(steps) < self.max_iter:
            cur = self._erode(cur)
            steps.append(cur)
        return ops.stack(steps).sum(axis=0)


def make():
    np.random.seed(19)
    m = np.zeros((1, 1, 24, 24), np.float32)
    m[:, :, 4:20, 6:18] = 1.0
    return ErosionDepth(MorphConfig()), (Tensor(m),)
