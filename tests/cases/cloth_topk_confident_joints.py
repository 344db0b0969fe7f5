# case: keeps the top-k most confident joints where k is the count of visible joints (tensor) for a pose-alignment loss -> topk with data-dependent k
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfidentJointLoss(nn.Cell):
    def __init__(self, vis_thresh=0.5):
        super().__init__()
        self.vis_thresh = vis_thresh

    def construct(self, pred_kps, gt_kps, conf):
        k = (conf > self.vis_thresh).astype(ms.int32).sum()
        _, idx = ops.topk(conf, k)
        p = ops.gather(pred_kps, idx, 0)
        g = ops.gather(gt_kps, idx, 0)
        return ops.abs(p - g).mean()


def make():
    np.random.seed(15)
    pred = Tensor(np.random.rand(17, 2).astype(np.float32))
    gt = Tensor(np.random.rand(17, 2).astype(np.float32))
    conf = Tensor(np.random.rand(17).astype(np.float32))
    return ConfidentJointLoss(), (pred, gt, conf)
