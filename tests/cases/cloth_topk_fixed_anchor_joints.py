# case: pose alignment loss on the top-k most confident joints with k fixed in the constructor -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopJointAlignLoss(nn.Cell):
    def __init__(self, k=6):
        super().__init__()
        self.k = k

    def construct(self, pred_kps, gt_kps, conf):
        w, idx = ops.topk(conf, self.k)
        p = ops.gather(pred_kps, idx, 0)
        g = ops.gather(gt_kps, idx, 0)
        err = ops.abs(p - g).sum(axis=1)
        return (err * w).sum() / (w.sum() + 1e-6)


def make():
    np.random.seed(40)
    pred = Tensor(np.random.rand(17, 2).astype(np.float32))
    gt = Tensor(np.random.rand(17, 2).astype(np.float32))
    conf = Tensor(np.random.rand(17).astype(np.float32))
    return TopJointAlignLoss(), (pred, gt, conf)
