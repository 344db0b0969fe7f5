# case: returns the cropped defect patch when the image score exceeds the threshold, else a 1x1 placeholder -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DefectCropper(nn.Cell):
    def __init__(self, threshold=0.7, crop=4):
        super().__init__()
        self.threshold = threshold
        self.crop = crop

    def peak_location(self, amap):
        flat_idx = ops.argmax(amap.reshape(-1))
        w = amap.shape[1]
        return flat_idx // w, flat_idx % w

    def construct(self, amap):
        score = amap.max()
        if score > self.threshold:
            r, c = self.peak_location(amap)
            r = ops.clamp(r, 0, amap.shape[0] - self.crop)
            c = ops.clamp(c, 0, amap.shape[1] - self.crop)
            patch = ops.slice(amap, (r, c), (self.crop, self.crop))
            return patch
        return ops.zeros((1, 1), ms.float32)


def make():
    np.random.seed(9)
    amap = np.random.rand(10, 10).astype(np.float32)
    return DefectCropper(), (Tensor(amap),)
