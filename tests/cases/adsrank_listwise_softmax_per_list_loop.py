# case: listwise softmax loss loops over requests and slices each list to its valid length read from a tensor -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def _list_softmax_ce(scores, labels):
    log_p = ops.log_softmax(scores, axis=-1)
    target = labels / ops.maximum(labels.sum(), 1.0)
    return -(target * log_p).sum()


class ListwiseSoftmaxLoss(nn.Cell):
    def __init__(self, batch_size=3, reduction="mean"):
        super().__init__()
        self.batch_size = batch_size
        self.reduction = reduction

    def construct(self, scores, labels, list_lens):
        total = ops.zeros((), ms.float32)
        for i in range(self.batch_size):
            n = list_lens[i]
            s = scores[i, :n]
            y = labels[i, :n]
            total = total + _list_softmax_ce(s, y)
        if self.reduction == "mean":
            total = total / self.batch_size
        return total


def make():
    np.random.seed(4)
    scores = Tensor(np.random.randn(3, 6).astype(np.float32))
    labels = Tensor((np.random.rand(3, 6) > 0.6).astype(np.float32))
    lens = Tensor(np.array([6, 4, 2], dtype=np.int32))
    return ListwiseSoftmaxLoss(), (scores, labels, lens)
