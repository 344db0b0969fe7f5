# case: keypoints are mapped from heatmap to image space with a scale computed by float() of the person bbox Tensor inside a module-level helper -> Python float() on a traced tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

HEATMAP_SIZE = (12, 16)   # (w, h)
PIXEL_STD = 200.0


def _to_image_scale(bbox_wh, heatmap_size=HEATMAP_SIZE):
    box_w = float(bbox_wh[0])
    box_h = float(bbox_wh[1])
    return box_w / heatmap_size[0], box_h / heatmap_size[1]


class PostCfg:
    def __init__(self, use_pixel_std=False, shift=0.0):
        self.use_pixel_std = use_pixel_std
        self.shift = shift


class KeypointToImage(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else PostCfg()
        self.use_pixel_std = cfg.use_pixel_std
        self.shift = cfg.shift

    def construct(self, heatmaps, bbox_center, bbox_wh):
        b, k, h, w = heatmaps.shape
        idx = heatmaps.reshape(b, k, h * w).argmax(-1)
        kx = (idx % w).astype(ms.float32) + self.shift
        ky = (idx // w).astype(ms.float32) + self.shift
        sx, sy = _to_image_scale(bbox_wh)
        if self.use_pixel_std:
            sx, sy = sx * PIXEL_STD, sy * PIXEL_STD
        x = kx * sx + bbox_center[0] - bbox_wh[0] * 0.5
        y = ky * sy + bbox_center[1] - bbox_wh[1] * 0.5
        return ops.stack((x, y), -1)


def make():
    np.random.seed(137)
    hm = Tensor(np.random.rand(1, 17, 16, 12).astype(np.float32))
    center = Tensor(np.array([120.0, 200.0], np.float32))
    wh = Tensor(np.array([96.0, 128.0], np.float32))
    return KeypointToImage(), (hm, center, wh)
