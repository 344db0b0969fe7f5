# case: @ms.jit function aligns OCR tokens to a target region by gathering the tokens whose centres fall inside it via ops.argwhere -> dynamic shape (argwhere)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def token_centres(token_boxes):
    return (token_boxes[:, :2] + token_boxes[:, 2:]) / 2


@ms.jit
def tokens_in_region(token_boxes, token_ids, region):
    c = token_centres(token_boxes)
    inside_x = ops.logical_and(c[:, 0] >= region[0], c[:, 0] <= region[2])
    inside_y = ops.logical_and(c[:, 1] >= region[1], c[:, 1] <= region[3])
    pos = ops.argwhere(ops.logical_and(inside_x, inside_y))[:, 0]
    return ops.gather(token_ids, pos, 0), ops.gather(token_boxes, pos, 0)


def make():
    np.random.seed(21)
    xy = np.random.rand(14, 2).astype(np.float32) * 100
    boxes = Tensor(np.concatenate([xy, xy + 8], axis=1))
    ids = Tensor(np.arange(100, 114).astype(np.int32))
    region = Tensor(np.array([0, 0, 60, 60], np.float32))
    return tokens_in_region, (boxes, ids, region)
