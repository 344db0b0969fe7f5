# case: @ms.jit helper that expands per-image box counts into a batch index with ops.repeat_interleave(tensor counts); expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def batch_index_from_counts(counts):
    ids = ops.arange(counts.shape[0], dtype=ms.int32)
    return ops.repeat_interleave(ids, counts, 0)


@ms.jit
def per_image_box_mean(boxes, counts):
    # boxes: (sum(counts), 4) flattened over the batch, torch-style ragged layout
    batch_idx = batch_index_from_counts(counts)
    onehot = ops.one_hot(batch_idx, counts.shape[0], Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
    sums = ops.matmul(onehot.T, boxes)
    return sums / counts.astype(ms.float32).reshape(-1, 1)


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
