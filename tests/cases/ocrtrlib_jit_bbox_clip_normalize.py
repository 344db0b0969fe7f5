# case: jit-compiled helper converts OCR boxes from (x, y, w, h) to LayoutLM (x0, y0, x1, y1) on the 0-1000 grid using page sizes and clamps them; zeroes tiny boxes with a multiplied mask -> static graph
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

LAYOUT_GRID = 1000.0
MIN_BOX_AREA = 40.0


def xywh_to_xyxy(boxes):
    x, y, w, h = ops.unbind(boxes, dim=-1)
    return ops.stack([x, y, x + w, y + h], axis=-1)


@ms.jit
def normalize_boxes(boxes, page_size):
    xyxy = xywh_to_xyxy(boxes)
    area = boxes[..., 2] * boxes[..., 3]
    keep = (area >= MIN_BOX_AREA).astype(boxes.dtype)
    scale = ops.tile(page_size, (2,))
    norm = ops.clamp(xyxy / scale * LAYOUT_GRID, 0.0, LAYOUT_GRID)
    return ops.round(norm * keep.expand_dims(-1)).astype(ms.int32)


def make():
    np.random.seed(29)
    xy = np.random.rand(1, 12, 2) * 200
    wh = np.random.rand(1, 12, 2) * 12
    boxes = Tensor(np.concatenate([xy, wh], -1).astype(np.float32))
    page = Tensor(np.array([240.0, 320.0], np.float32))
    return normalize_boxes, (boxes, page)
