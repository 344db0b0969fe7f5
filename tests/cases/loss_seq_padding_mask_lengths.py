# case: sequence loss with padding mask built from lengths via arange(T) < lengths[:, None]; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeqMaskedMSE(nn.Cell):
    def __init__(self, reduce_per_seq=True):
        super().__init__()
        self.reduce_per_seq = reduce_per_seq

    def construct(self, pred, target, lengths):
        b, t = pred.shape[0], pred.shape[1]
        steps = ops.arange(t).reshape(1, t).astype(lengths.dtype)
        mask = (steps < lengths.reshape(b, 1)).astype(ms.float32)
        err = ((pred - target) ** 2).mean(-1) * mask
        if self.reduce_per_seq:
            per_seq = err.sum(1) / ops.clamp(mask.sum(1), min=1.0)
            return per_seq.mean()
        return err.sum() / mask.sum()


def make():
    pred = Tensor(np.random.randn(4, 10, 3).astype(np.float32))
    target = Tensor(np.random.randn(4, 10, 3).astype(np.float32))
    lengths = Tensor(np.array([10, 7, 3, 5], np.int32))
    return SeqMaskedMSE(), (pred, target, lengths)
