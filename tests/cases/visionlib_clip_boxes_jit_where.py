# case: @ms.jit box utility clips decoded boxes to the image and marks degenerate boxes with ops.where(cond, x, y) using a module-level min size -> static graph
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

MIN_BOX_SIZE = 1.0
IMG_SHAPE = (96, 128)


def _wh(boxes):
    return boxes[:, 2] - boxes[:, 0], boxes[:, 3] - boxes[:, 1]


@ms.jit
def clip_and_validate(boxes, scores):
    h, w = IMG_SHAPE
    x1 = ops.clamp(boxes[:, 0], 0.0, float(w))
    y1 = ops.clamp(boxes[:, 1], 0.0, float(h))
    x2 = ops.clamp(boxes[:, 2], 0.0, float(w))
    y2 = ops.clamp(boxes[:, 3], 0.0, float(h))
    clipped = ops.stack((x1, y1, x2, y2), axis=1)
    bw, bh = _wh(clipped)
    valid = ops.logical_and(bw > MIN_BOX_SIZE, bh > MIN_BOX_SIZE)
    scores = ops.where(valid, scores, ops.zeros_like(scores))
    return clipped, scores


def make():
    np.random.seed(3372)
    xy = np.random.rand(25, 2) * 140 - 10
    boxes = Tensor(np.concatenate([xy, xy + np.random.rand(25, 2) * 20], 1).astype(np.float32))
    scores = Tensor(np.random.rand(25).astype(np.float32))
    return clip_and_validate, (boxes, scores)
