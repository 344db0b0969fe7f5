# case: keeps the first k proposals where k counts scores above a threshold, so the slice length depends on tensor data and graph mode should infer a dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProposalFilter(nn.Cell):
    def __init__(self, thresh=0.5):
        super().__init__()
        self.thresh = thresh

    def construct(self, boxes, scores):
        order = ops.sort(scores, descending=True)[1]
        boxes = ops.gather(boxes, order, 0)
        k = (scores > self.thresh).astype(ms.int32).sum()
        return boxes[:k]


def make():
    boxes = Tensor(np.random.rand(10, 4).astype(np.float32))
    scores = Tensor(np.linspace(0, 1, 10).astype(np.float32))
    return ProposalFilter(), (boxes, scores)
