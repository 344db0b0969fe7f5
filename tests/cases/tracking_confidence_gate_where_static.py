# case: confidence gating keeps fixed-size detection tensor, low scores zeroed with where and a validity mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfidenceGate(nn.Cell):
    def __init__(self, high_thresh=0.6, low_thresh=0.1, soft=False):
        super().__init__()
        self.high_thresh = high_thresh
        self.low_thresh = low_thresh
        self.soft = soft

    def gate_weights(self, scores):
        if self.soft:
            return ops.sigmoid((scores - self.high_thresh) * 10.0)
        return (scores >= self.high_thresh).astype(ms.float32)

    def construct(self, boxes, scores):
        w = self.gate_weights(scores)
        valid = scores >= self.low_thresh
        boxes = ops.where(ops.expand_dims(valid, -1), boxes, ops.zeros_like(boxes))
        weighted = boxes * ops.expand_dims(w, -1)
        n_high = w.sum()
        return weighted, valid.astype(ms.int32), n_high


def make():
    np.random.seed(5)
    boxes = Tensor(np.random.rand(8, 4).astype(np.float32))
    scores = Tensor(np.random.rand(8).astype(np.float32))
    return ConfidenceGate(), (boxes, scores)
