# case: DBNet post-processing finds text pixels with ops.nonzero and takes min/max coordinates as a box -> dynamic shape at line 33
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DBHead(nn.Cell):
    def __init__(self, in_channels=8):
        super().__init__()
        self.conv = nn.Conv2d(in_channels, 1, 3, pad_mode="same", has_bias=True)

    def construct(self, x):
        return ops.sigmoid(self.conv(x))


class DBNetPostProcess(nn.Cell):
    def __init__(self, in_channels=8, thresh=0.3, box_thresh=0.6):
        super().__init__()
        self.head = DBHead(in_channels)
        self.thresh = thresh
        self.box_thresh = box_thresh

    def _box_from_points(self, pts):
        ymin = pts[:, 0].min()
        xmin = pts[:, 1].min()
        ymax = pts[:, 0].max()
        xmax = pts[:, 1].max()
        return ops.stack([xmin, ymin, xmax, ymax]).astype(ms.float32)

    def construct(self, feature):
        prob = self.head(feature)[0, 0]
        bitmap = prob > self.thresh
        points = ops.nonzero(bitmap)
        box = self._box_from_points(points)
        return box, prob.mean()


def make():
    np.random.seed(4)
    x = Tensor(np.random.randn(1, 8, 32, 32).astype(np.float32))
    return DBNetPostProcess(), (x,)
