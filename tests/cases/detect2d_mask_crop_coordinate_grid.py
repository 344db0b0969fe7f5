# case: crop instance masks to their boxes by comparing against arange coordinate grids (YOLACT crop) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def sanitize_coordinates(x1, x2, img_size, padding=1):
    lo = ops.minimum(x1, x2)
    hi = ops.maximum(x1, x2)
    lo = ops.clamp(lo - padding, min=0.0)
    hi = ops.clamp(hi + padding, max=float(img_size))
    return lo, hi


class MaskCropper(nn.Cell):
    def __init__(self, padding=1, binarize=True, mask_thresh=0.5):
        super().__init__()
        self.padding = padding
        self.binarize = binarize
        self.mask_thresh = mask_thresh

    def construct(self, masks, boxes):
        # masks: (H, W, N), boxes: (N, 4) in pixels
        h, w, n = masks.shape
        x1, x2 = sanitize_coordinates(boxes[:, 0], boxes[:, 2], w, self.padding)
        y1, y2 = sanitize_coordinates(boxes[:, 1], boxes[:, 3], h, self.padding)
        rows = ops.arange(w, dtype=ms.float32).view(1, -1, 1).broadcast_to((h, w, n))
        cols = ops.arange(h, dtype=ms.float32).view(-1, 1, 1).broadcast_to((h, w, n))
        left = rows >= x1.view(1, 1, -1)
        right = rows < x2.view(1, 1, -1)
        up = cols >= y1.view(1, 1, -1)
        down = cols < y2.view(1, 1, -1)
        crop = (left & right & up & down).astype(masks.dtype)
        out = masks * crop
        if self.binarize:
            out = (out > self.mask_thresh).astype(ms.float32)
        return out


def make():
    np.random.seed(15)
    masks = Tensor(np.random.rand(20, 24, 3).astype(np.float32))
    boxes = Tensor(np.array([[2, 3, 10, 12], [5, 0, 23, 19], [14, 8, 20, 16]], np.float32))
    return MaskCropper(), (masks, boxes)
