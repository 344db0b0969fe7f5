# case: gathers each image's unknown-region alpha errors with masked_select inside a loop over the batch, concatenates the list and takes a hard-pixel mean -> list of dynamic-length tensors
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardUnknownPixelLoss(nn.Cell):
    def __init__(self, hard_thr=0.2, batch_size=2):
        super().__init__()
        self.hard_thr = hard_thr
        self.batch_size = batch_size

    def unknown(self, trimap):
        return ops.logical_and(trimap > 0.1, trimap < 0.9)

    def construct(self, pred, gt, trimap):
        errors = []
        for i in range(self.batch_size):
            err = ops.abs(pred[i] - gt[i])
            errors.append(ops.masked_select(err, self.unknown(trimap[i])))
        all_err = ops.concat(errors, 0)
        hard = (all_err > self.hard_thr).astype(ms.float32)
        return (all_err * hard).sum() / (hard.sum() + 1e-6)


def make():
    np.random.seed(41)
    pred = Tensor(np.random.rand(2, 1, 10, 10).astype(np.float32))
    gt = Tensor(np.random.rand(2, 1, 10, 10).astype(np.float32))
    tri = Tensor(np.random.choice([0.0, 0.5, 1.0], size=(2, 1, 10, 10)).astype(np.float32))
    return HardUnknownPixelLoss(), (pred, gt, tri)
