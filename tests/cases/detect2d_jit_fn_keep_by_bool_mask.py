# case: @ms.jit postprocess function drops small and low-score boxes with boolean-mask indexing -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def box_sizes(boxes):
    return boxes[:, 2] - boxes[:, 0], boxes[:, 3] - boxes[:, 1]


@ms.jit
def remove_small_and_low(boxes, scores, labels, min_size=2.0, score_thresh=0.2):
    ws, hs = box_sizes(boxes)
    keep = ops.logical_and(ws >= min_size, hs >= min_size)
    keep = ops.logical_and(keep, scores > score_thresh)
    boxes = boxes[keep]
    scores = scores[keep]
    labels = labels[keep]
    return boxes, scores, labels


def make():
    np.random.seed(36)
    xy = np.random.rand(20, 2).astype(np.float32) * 30
    wh = np.random.rand(20, 2).astype(np.float32) * 6
    boxes = Tensor(np.concatenate([xy, xy + wh], axis=1))
    scores = Tensor(np.random.rand(20).astype(np.float32))
    labels = Tensor(np.random.randint(0, 5, size=20).astype(np.int32))
    return remove_small_and_low, (boxes, scores, labels)
