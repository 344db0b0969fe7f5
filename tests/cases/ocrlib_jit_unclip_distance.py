# case: @ms.jit DB unclip helper expanding each quad by distance = area * ratio / perimeter along its centroid directions, all fixed-shape tensor math with module constants -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

UNCLIP_RATIO = 1.5
EPS = 1e-6


def _next_vertex(v):
    return ops.concat((v[:, 1:], v[:, :1]), axis=1)


def _area_perimeter(boxes):
    x, y = boxes[..., 0], boxes[..., 1]
    xn, yn = _next_vertex(x), _next_vertex(y)
    area = ops.abs((x * yn - xn * y).sum(axis=-1)) * 0.5
    perim = ops.sqrt((xn - x) ** 2 + (yn - y) ** 2).sum(axis=-1)
    return area, perim


@ms.jit
def unclip_boxes(boxes, image_hw):
    area, perim = _area_perimeter(boxes)
    distance = area * UNCLIP_RATIO / (perim + EPS)
    center = boxes.mean(axis=1, keep_dims=True)
    direction = boxes - center
    norm = ops.sqrt((direction ** 2).sum(axis=-1, keepdims=True)) + EPS
    expanded = boxes + direction / norm * distance.reshape(-1, 1, 1)
    upper = image_hw[::-1].astype(ms.float32) - 1.0
    return ops.maximum(ops.minimum(expanded, upper), 0.0)


def make():
    np.random.seed(42)
    base = np.random.rand(6, 1, 2) * 40
    corners = np.array([[0, 0], [1, 0], [1, 1], [0, 1]], np.float32)[None]
    boxes = Tensor((base + corners * np.array([20.0, 6.0])).astype(np.float32))
    return unclip_boxes, (boxes, Tensor(np.array([64, 64], np.int32)))
