# case: MONAI-like sliding-window inference with overlap and Gaussian importance map, positions from .shape and config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def gaussian_map(roi, sigma_scale=0.125):
    grids = np.meshgrid(*[np.arange(s) for s in roi], indexing="ij")
    g = np.zeros(roi, np.float32)
    for grid, s in zip(grids, roi):
        g += ((grid - (s - 1) / 2.0) / (s * sigma_scale)) ** 2
    g = np.exp(-0.5 * g)
    return (g / g.max()).astype(np.float32)


def window_starts(size, roi, overlap):
    stride = max(1, int(roi * (1 - overlap)))
    starts = list(range(0, max(size - roi, 0) + 1, stride))
    if starts[-1] + roi < size:
        starts.append(size - roi)
    return starts


class SlidingWindowInferer(nn.Cell):
    def __init__(self, roi=(4, 8, 8), overlap=0.5, num_classes=3):
        super().__init__()
        self.predictor = nn.Conv3d(1, num_classes, 3, pad_mode="same")
        self.roi = roi
        self.overlap = overlap
        self.num_classes = num_classes
        self.importance = Tensor(gaussian_map(roi))

    def construct(self, vol):
        n, _, d, h, w = vol.shape
        acc = ops.zeros((n, self.num_classes, d, h, w), ms.float32)
        cnt = ops.zeros((1, 1, d, h, w), ms.float32)
        for z in window_starts(d, self.roi[0], self.overlap):
            for y in window_starts(h, self.roi[1], self.overlap):
                for x in window_starts(w, self.roi[2], self.overlap):
                    sl = vol[:, :, z:z + self.roi[0], y:y + self.roi[1], x:x + self.roi[2]]
                    pred = self.predictor(sl) * self.importance
                    acc[:, :, z:z + self.roi[0], y:y + self.roi[1], x:x + self.roi[2]] += pred
                    cnt[:, :, z:z + self.roi[0], y:y + self.roi[1], x:x + self.roi[2]] += self.importance
        return acc / cnt


def make():
    np.random.seed(11)
    return SlidingWindowInferer(), (Tensor(np.random.randn(1, 1, 6, 12, 12).astype(np.float32)),)
