# case: @ms.jit box utility clips boxes to the image and returns the indices of non-degenerate boxes found with ops.argwhere -> dynamic shape from argwhere
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

MIN_BOX_SIZE = 1.0
IMG_SHAPE = (96, 128)


def _wh(boxes):
    return boxes[:, 2] - boxes[:, 0], boxes[:, 3] - boxes[:, 1]


def _valid_inds(boxes):
    bw, bh = _wh(boxes)
    valid = ops.logical_and(bw > MIN_BOX_SIZE, bh > MIN_BOX_SIZE)
    return ops.argwhere(valid).reshape(-1)


@ms.jit
def clip_and_filter(boxes, scores):
    h, w = IMG_SHAPE
    upper = Tensor(np.array([w, h, w, h], np.float32))
    clipped = ops.minimum(ops.maximum(boxes, 0.0), upper)
    inds = _valid_inds(clipped)
    return ops.gather(clipped, inds, 0), ops.gather(scores, inds, 0)


def make():
    np.random.seed(3373)
    xy = np.random.rand(25, 2) * 140 - 10
    boxes = Tensor(np.concatenate([xy, xy + np.random.rand(25, 2) * 20], 1).astype(np.float32))
    scores = Tensor(np.random.rand(25).astype(np.float32))
    return clip_and_filter, (boxes, scores)
