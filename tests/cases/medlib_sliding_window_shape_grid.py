# case: sliding-window inferer builds its window grid from image.shape and roi_size with overlap and blends patches with a count map -> Python-int loop over shapes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def _get_scan_interval(image_size, roi_size, overlap):
    return tuple(max(int(r * (1 - overlap)), 1) for r in roi_size)


def _dense_starts(size, roi, interval):
    if size <= roi:
        return [0]
    starts = list(range(0, size - roi + 1, interval))
    if starts[-1] != size - roi:
        starts.append(size - roi)
    return starts


class SlidingWindowInferer(nn.Cell):
    def __init__(self, predictor, roi_size=(8, 8), overlap=0.5, num_classes=2):
        super().__init__()
        self.predictor = predictor
        self.roi_size = roi_size
        self.overlap = overlap
        self.num_classes = num_classes

    def construct(self, image):
        b, _, d, h, w = image.shape
        interval = _get_scan_interval((h, w), self.roi_size, self.overlap)
        rh, rw = self.roi_size
        out = ops.zeros((b, self.num_classes, d, h, w), ms.float32)
        count = ops.zeros((1, 1, 1, h, w), ms.float32)
        for y in _dense_starts(h, rh, interval[0]):
            for x in _dense_starts(w, rw, interval[1]):
                patch = image[:, :, :, y:y + rh, x:x + rw]
                pred = self.predictor(patch)
                pads = (x, w - x - rw, y, h - y - rh, 0, 0)
                out = out + ops.pad(pred, pads)
                count = count + ops.pad(ops.ones((1, 1, 1, rh, rw), ms.float32), pads)
        return out / count


def make():
    np.random.seed(3)
    net = nn.Conv3d(1, 2, 3, pad_mode="same", has_bias=True)
    image = Tensor(np.random.randn(1, 1, 4, 12, 12).astype(np.float32))
    return SlidingWindowInferer(net), (image,)
