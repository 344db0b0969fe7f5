# case: @ms.jit helper that maps flattened boxes to images with cumsum and a comparison matrix instead of repeat_interleave; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def batch_onehot_from_counts(counts, total):
    ends = ops.cumsum(counts, axis=0)
    starts = ends - counts
    pos = ops.arange(total, dtype=ms.int32).reshape(-1, 1)
    inside = ops.logical_and(pos >= starts.reshape(1, -1), pos < ends.reshape(1, -1))
    return inside.astype(ms.float32)                 # (total, B)


@ms.jit
def per_image_box_mean(boxes, counts):
    onehot = batch_onehot_from_counts(counts, boxes.shape[0])
    sums = ops.matmul(onehot.T, boxes)
    denom = ops.maximum(counts.astype(ms.float32), 1.0).reshape(-1, 1)
    return sums / denom


class BoxStats(nn.Cell):
    """Eager wrapper some users keep around; the graph target is the jit function."""

    def __init__(self, scale=1.0):
        super().__init__()
        self.scale = scale

    def construct(self, boxes, counts):
        return per_image_box_mean(boxes * self.scale, counts)


def make():
    boxes = Tensor(np.random.rand(7, 4).astype(np.float32))
    counts = Tensor(np.array([3, 1, 3], np.int32))
    return per_image_box_mean, (boxes, counts)
