# case: jit-compiled OCR post-processing drops tiny boxes (area below a threshold) by boolean-mask indexing the box tensor -> boolean mask indexing, data-dependent shape
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

MIN_BOX_AREA = 40.0


def box_area(boxes):
    return (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])


@ms.jit
def filter_small_boxes(boxes, scores):
    keep = box_area(boxes) >= MIN_BOX_AREA
    return boxes[keep], scores[keep]


def make():
    np.random.seed(28)
    xy = np.random.rand(12, 2) * 200
    wh = np.random.rand(12, 2) * 12
    boxes = Tensor(np.concatenate([xy, xy + wh], -1).astype(np.float32))
    scores = Tensor(np.random.rand(12).astype(np.float32))
    return filter_small_boxes, (boxes, scores)
