# case: top-down heatmap head decoding per-joint argmax into (x, y) coords with maxval confidence -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeatmapArgmaxDecoder(nn.Cell):
    """Decode K heatmaps into integer-grid keypoint coordinates."""

    def __init__(self, stride=4, min_conf=0.0):
        super().__init__()
        self.stride = stride
        self.min_conf = min_conf

    def _flat_argmax(self, heatmaps):
        n, k, h, w = heatmaps.shape
        flat = heatmaps.reshape(n, k, h * w)
        idx = ops.argmax(flat, dim=-1)
        maxvals = ops.amax(flat, axis=-1)
        return idx, maxvals, w

    def construct(self, heatmaps):
        idx, maxvals, w = self._flat_argmax(heatmaps)
        xs = (idx % w).astype(ms.float32)
        ys = (idx // w).astype(ms.float32)
        coords = ops.stack([xs, ys], axis=-1) * self.stride
        keep = (maxvals > self.min_conf).astype(ms.float32)
        coords = coords * keep.expand_dims(-1)
        return coords, maxvals


def make():
    np.random.seed(0)
    hm = Tensor(np.random.rand(2, 17, 16, 12).astype(np.float32))
    return HeatmapArgmaxDecoder(), (hm,)
