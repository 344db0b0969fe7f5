# case: keypoint head packs decoded coordinates into a plain Python result class created inside construct -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeypointResult:
    def __init__(self, coords, confidence):
        self.coords = coords
        self.confidence = confidence

    def visible(self, thresh):
        return self.confidence > thresh


class HeatmapDecoder(nn.Cell):
    def __init__(self, stride=4, vis_thresh=0.2):
        super().__init__()
        self.stride = stride
        self.vis_thresh = vis_thresh

    def construct(self, heatmaps):
        n, k, h, w = heatmaps.shape
        flat = heatmaps.reshape(n, k, -1)
        conf = flat.max(axis=-1)
        idx = flat.argmax(axis=-1)
        xs = (idx % w).astype(ms.float32) * self.stride
        ys = (idx // w).astype(ms.float32) * self.stride
        result = KeypointResult(ops.stack([xs, ys], axis=-1), conf)
        return result.coords, result.visible(self.vis_thresh)


def make():
    np.random.seed(5)
    hm = Tensor(np.random.rand(2, 5, 12, 12).astype(np.float32))
    return HeatmapDecoder(), (hm,)
