# case: @ms.jit box post-processing function that drops quadrilaterals smaller than min_area by boolean-mask indexing boxes[areas > min_area] -> dynamic shape or rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MIN_AREA = 30.0


def _next_vertex(v):
    return ops.concat((v[:, 1:], v[:, :1]), axis=1)


def _shoelace_area(boxes):
    x = boxes[..., 0]
    y = boxes[..., 1]
    x_next = _next_vertex(x)
    y_next = _next_vertex(y)
    return ops.abs((x * y_next - x_next * y).sum(axis=-1)) * 0.5


@ms.jit
def filter_small_boxes(boxes, scores):
    areas = _shoelace_area(boxes)
    keep = areas > MIN_AREA
    return boxes[keep], scores[keep]


def make():
    np.random.seed(41)
    base = np.random.rand(10, 1, 2) * 40
    wh = np.random.rand(10, 1, 2) * 12
    corners = np.array([[0, 0], [1, 0], [1, 1], [0, 1]], np.float32)[None]
    boxes = Tensor((base + corners * wh).astype(np.float32))
    scores = Tensor(np.random.rand(10).astype(np.float32))
    return filter_small_boxes, (boxes, scores)
