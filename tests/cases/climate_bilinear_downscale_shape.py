# case: statistical downscaling head that upsamples a coarse field bilinearly to a target size from the orography input -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DownscalingHead(nn.Cell):
    def __init__(self, n_vars=2, hidden=8, align_corners=False):
        super().__init__()
        self.align_corners = align_corners
        self.refine = nn.SequentialCell([
            nn.Conv2d(n_vars + 1, hidden, 3, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(hidden, n_vars, 3, pad_mode="same"),
        ])

    def _upsample(self, coarse, size):
        return ops.interpolate(coarse, size=size, mode="bilinear", align_corners=self.align_corners)

    def construct(self, coarse, orography):
        fine_hw = (orography.shape[-2], orography.shape[-1])
        up = self._upsample(coarse, fine_hw)
        return up + self.refine(ops.concat([up, orography], axis=1))


def make():
    np.random.seed(114)
    ms.set_seed(114)
    coarse = Tensor(np.random.randn(2, 2, 4, 6).astype(np.float32))
    oro = Tensor(np.random.rand(2, 1, 12, 18).astype(np.float32))
    return DownscalingHead(), (coarse, oro)
