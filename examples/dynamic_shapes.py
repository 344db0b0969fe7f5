"""Dynamic-shape hazards: a detection head that keeps only confident boxes."""
import mindspore as ms
from mindspore import nn, ops
from mindspore.ops import operations as P


class ConfidentBoxes(nn.Cell):
    def __init__(self, max_boxes=8):
        super().__init__()
        self.max_boxes = max_boxes
        self.unique = P.Unique()

    def construct(self, boxes, scores, count):
        keep = boxes[:count]  # expect: MSG101
        confident = scores[scores > 0.5]  # expect: MSG102
        labels, _ = self.unique(ops.argmax(scores, -1))  # expect: MSG103
        best, _ = ops.topk(scores, count)  # expect: MSG104
        top, _ = ops.topk(scores, self.max_boxes)
        return keep, confident, labels, best, top


def make():
    import numpy as np

    boxes = ms.Tensor(np.random.rand(16, 4).astype(np.float32))
    scores = ms.Tensor(np.random.rand(16).astype(np.float32))
    return ConfidentBoxes(), (boxes, scores, ms.Tensor(4, ms.int32))
