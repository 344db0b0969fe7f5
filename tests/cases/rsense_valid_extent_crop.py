# case: crop a scene to the bounding rows/cols of non-nodata pixels (argmax-derived tensor slice bounds) -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ValidExtentCrop(nn.Cell):
    """Drops the nodata collar that orthorectified scenes carry around the footprint."""

    def __init__(self, nodata=0.0):
        super().__init__()
        self.nodata = nodata

    def _first_last(self, valid_1d):
        flags = valid_1d.astype(ms.int32)
        first = ops.argmax(flags)
        last = flags.shape[0] - ops.argmax(ops.flip(flags, (0,)))
        return first, last

    def construct(self, scene):
        # scene: (bands, H, W)
        valid = (scene != self.nodata).any(0)
        rows = valid.any(1)
        cols = valid.any(0)
        r0, r1 = self._first_last(rows)
        c0, c1 = self._first_last(cols)
        cropped = scene[:, r0:r1, c0:c1]
        return cropped.mean(axis=(1, 2))


def make():
    np.random.seed(2)
    scene = np.zeros((3, 20, 20), np.float32)
    scene[:, 3:15, 5:18] = np.random.rand(3, 12, 13).astype(np.float32) + 0.1
    return ValidExtentCrop(), (Tensor(scene),)
