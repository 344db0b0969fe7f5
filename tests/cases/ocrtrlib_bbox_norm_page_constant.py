# case: bounding-box normaliser scales pixel boxes to the 0-1000 LayoutLM grid using page sizes from the tensor shape of the image and a config constant -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LAYOUT_GRID = 1000


class BBoxConfig:
    def __init__(self, grid=LAYOUT_GRID, clip_boxes=True, round_boxes=True):
        self.grid = grid
        self.clip_boxes = clip_boxes
        self.round_boxes = round_boxes


def _scale_boxes(boxes, width, height, grid):
    scale = Tensor(np.array([grid, grid, grid, grid], np.float32))
    denom = ops.stack([width, height, width, height]).astype(ms.float32)
    return boxes * scale / denom


class BBoxNormalizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.grid = config.grid
        self.clip_boxes = config.clip_boxes
        self.round_boxes = config.round_boxes

    def construct(self, boxes, page_image):
        height, width = page_image.shape[-2], page_image.shape[-1]
        norm = _scale_boxes(boxes, Tensor(width, ms.float32), Tensor(height, ms.float32), self.grid)
        if self.clip_boxes:
            norm = ops.clamp(norm, 0.0, float(self.grid))
        if self.round_boxes:
            norm = ops.round(norm)
        return norm.astype(ms.int32)


def make():
    np.random.seed(2)
    page = Tensor(np.random.rand(1, 3, 64, 48).astype(np.float32))
    xy = np.random.rand(1, 10, 2) * np.array([48, 64])
    wh = np.random.rand(1, 10, 2) * 10
    boxes = Tensor(np.concatenate([xy, xy + wh], axis=-1).astype(np.float32))
    return BBoxNormalizer(BBoxConfig()), (boxes, page)
