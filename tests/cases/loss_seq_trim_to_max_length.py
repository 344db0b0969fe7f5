# case: sequence loss trims padded batch to the longest real length pred[:, :lengths.max()]; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrimmedSeqLoss(nn.Cell):
    def __init__(self):
        super().__init__()
        self.loss = nn.MSELoss(reduction="none")

    def construct(self, pred, target, lengths):
        max_len = lengths.max()
        pred = pred[:, :max_len]
        target = target[:, :max_len]
        steps = ops.arange(pred.shape[1]).reshape(1, -1)
        mask = (steps < lengths.reshape(-1, 1)).astype(ms.float32)
        err = self.loss(pred, target).mean(-1)
        return (err * mask).sum() / mask.sum()


def make():
    pred = Tensor(np.random.randn(4, 10, 3).astype(np.float32))
    target = Tensor(np.random.randn(4, 10, 3).astype(np.float32))
    lengths = Tensor(np.array([6, 4, 3, 5], np.int32))
    return TrimmedSeqLoss(), (pred, target, lengths)
