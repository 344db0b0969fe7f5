"""Dynamic-shape hazards of a detection head, one Cell each so the probe can confirm each."""
import numpy as np
import mindspore as ms
from mindspore import nn, ops
from mindspore.ops import operations as P


class KeepFirst(nn.Cell):
    def construct(self, boxes, count):
        return boxes[:count]  # expect: MSG101


class Confident(nn.Cell):
    def construct(self, scores):
        return scores[scores > 0.5]  # expect: MSG102


class Labels(nn.Cell):
    def __init__(self):
        super().__init__()
        self.unique = P.Unique()

    def construct(self, scores):
        labels, _ = self.unique(ops.argmax(scores, -1))  # expect: MSG103
        return labels


class Best(nn.Cell):
    def __init__(self, max_boxes=8):
        super().__init__()
        self.max_boxes = max_boxes

    def construct(self, scores, count):
        best, _ = ops.topk(scores, count)  # expect: MSG104
        top, _ = ops.topk(scores, self.max_boxes)
        return best, top


def _scores():
    return ms.Tensor(np.random.rand(16, 10).astype(np.float32))


def make_keep_first():
    return KeepFirst(), (ms.Tensor(np.random.rand(16, 4).astype(np.float32)), ms.Tensor(4, ms.int64))


def make_confident():
    return Confident(), (_scores(),)


def make_labels():
    return Labels(), (_scores(),)


def make_best():
    return Best(), (_scores(), ms.Tensor(3, ms.int64))
