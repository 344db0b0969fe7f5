# case: per-class average precision from sorted scores, cumulative TP/FP sums and a precision envelope via reversed cummax -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MeanAveragePrecision(nn.Cell):
    def __init__(self, num_classes=3, eps=1e-6):
        super().__init__()
        self.num_classes = num_classes
        self.eps = eps

    def _ap_single(self, scores, is_tp):
        order = ops.argsort(scores, axis=0, descending=True)
        tp = ops.gather(is_tp, order, 0)
        fp = 1.0 - tp
        ctp = ops.cumsum(tp, axis=0)
        cfp = ops.cumsum(fp, axis=0)
        recall = ctp / ops.clamp(tp.sum(), min=self.eps)
        precision = ctp / (ctp + cfp + self.eps)
        envelope = ops.flip(ops.cummax(ops.flip(precision, (0,)), axis=0)[0], (0,))
        prev_recall = ops.concat([ops.zeros((1,), recall.dtype), recall[:-1]])
        return ((recall - prev_recall) * envelope).sum()

    def construct(self, scores, labels):
        aps = []
        for c in range(self.num_classes):
            is_tp = (labels == c).astype(ms.float32)
            aps.append(self._ap_single(scores[:, c], is_tp))
        aps = ops.stack(aps)
        return aps.mean(), aps


def make():
    np.random.seed(34)
    scores = Tensor(np.random.rand(15, 3).astype(np.float32))
    labels = Tensor(np.random.randint(0, 3, size=(15,)).astype(np.int32))
    return MeanAveragePrecision(), (scores, labels)
