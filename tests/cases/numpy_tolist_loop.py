# case: .tolist() on a label tensor and a loop building class weights; expect error at LAX and STRICT (different lines)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CLASS_WEIGHTS = (1.0, 2.0, 0.5)


class WeightedLoss(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = CLASS_WEIGHTS

    def construct(self, logits, labels):
        per = ops.cross_entropy(logits, labels, reduction="none")
        ws = []
        for lab in labels.tolist():
            ws.append(self.w[lab])
        return (per * Tensor(ws, ms.float32)).mean()


def make():
    logits = Tensor(np.random.randn(4, 3).astype(np.float32))
    labels = Tensor(np.array([0, 2, 1, 1], np.int32))
    return WeightedLoss(), (logits, labels)
