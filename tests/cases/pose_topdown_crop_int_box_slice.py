# case: top-down person crop that slices the image with integer box corners read from the box tensor, then resizes -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopDownCropper(nn.Cell):
    def __init__(self, out_h=64, out_w=48, padding=1.25):
        super().__init__()
        self.out_size = (out_h, out_w)
        self.padding = padding

    def _expand(self, box):
        cx = (box[0] + box[2]) / 2
        cy = (box[1] + box[3]) / 2
        half_w = (box[2] - box[0]) * self.padding / 2
        half_h = (box[3] - box[1]) * self.padding / 2
        return cx - half_w, cy - half_h, cx + half_w, cy + half_h

    def construct(self, image, box):
        x1, y1, x2, y2 = self._expand(box)
        h, w = image.shape[2], image.shape[3]
        x1 = ops.clamp(x1, 0, w - 1).astype(ms.int32)
        y1 = ops.clamp(y1, 0, h - 1).astype(ms.int32)
        x2 = ops.clamp(x2, 1, w).astype(ms.int32)
        y2 = ops.clamp(y2, 1, h).astype(ms.int32)
        patch = image[:, :, y1:y2, x1:x2]
        return ops.interpolate(patch, size=self.out_size, mode="bilinear")


def make():
    np.random.seed(10)
    img = np.random.rand(1, 3, 120, 160).astype(np.float32)
    box = np.array([40.0, 20.0, 90.0, 100.0], np.float32)
    return TopDownCropper(), (Tensor(img), Tensor(box))
