# case: extracts a fixed-size patch around the heatmap peak with per-axis gathers of start + arange offsets -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakPatchGather(nn.Cell):
    def __init__(self, patch=4):
        super().__init__()
        self.patch = patch
        self.offsets = Tensor(np.arange(patch, dtype=np.int32))

    def _axis_index(self, c, size):
        start = ops.clamp(c - self.patch // 2, 0, size - self.patch)
        return start + self.offsets

    def construct(self, heatmap, image):
        # heatmap, image: (D, H, W)
        d, h, w = image.shape
        flat = heatmap.reshape(-1).argmax().astype(ms.int32)
        z, y, x = flat // (h * w), (flat // w) % h, flat % w
        out = ops.gather(image, self._axis_index(z, d), 0)
        out = ops.gather(out, self._axis_index(y, h), 1)
        return ops.gather(out, self._axis_index(x, w), 2)


def make():
    np.random.seed(0)
    heat = np.random.rand(8, 8, 8).astype(np.float32)
    heat[5, 2, 6] = 3.0
    img = np.random.rand(8, 8, 8).astype(np.float32)
    return PeakPatchGather(), (Tensor(heat), Tensor(img))
