# case: print an f-string containing the keypoint loss tensor and the number of visible joints inside construct -> error or host fallback in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VerboseJointLoss(nn.Cell):
    def __init__(self, verbose=True):
        super().__init__()
        self.verbose = verbose

    def construct(self, pred_joints, gt_joints, vis):
        err = ((pred_joints - gt_joints) ** 2).sum(-1)
        loss = (err * vis).sum() / ops.clamp(vis.sum(), min=1.0)
        if self.verbose:
            print(f"joint loss {loss} on {vis.sum()} visible joints")
        return loss


def make():
    np.random.seed(0)
    p = Tensor(np.random.randn(24, 3).astype(np.float32))
    g = Tensor(np.random.randn(24, 3).astype(np.float32))
    vis = Tensor((np.random.rand(24) > 0.3).astype(np.float32))
    return VerboseJointLoss(), (p, g, vis)
