# case: per-image normalized keypoint loss via unsorted_segment_sum with num_segments = batch size from the config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerImageKeypointLoss(nn.Cell):
    def __init__(self, batch_size=4, sigma=0.5, loss_weight=1.0):
        super().__init__()
        self.batch_size = batch_size
        self.sigma = sigma
        self.loss_weight = loss_weight

    def _oks_like(self, pred, gt, vis):
        d2 = ((pred - gt) ** 2).sum(axis=-1)
        return (1.0 - ops.exp(-d2 / (2 * self.sigma ** 2))) * vis

    def construct(self, pred_kpts, gt_kpts, visibility, image_ids):
        per_inst = self._oks_like(pred_kpts, gt_kpts, visibility).sum(axis=-1)   # (N,)
        num_vis = visibility.sum(axis=-1)
        loss_per_img = ops.unsorted_segment_sum(per_inst, image_ids, self.batch_size)
        vis_per_img = ops.unsorted_segment_sum(num_vis, image_ids, self.batch_size)
        has_inst = vis_per_img > 0
        per_img = ops.where(has_inst, loss_per_img / ops.clamp(vis_per_img, min=1.0),
                            ops.zeros_like(loss_per_img))
        n_img = ops.clamp(has_inst.astype(ms.float32).sum(), min=1.0)
        return per_img.sum() / n_img * self.loss_weight


def make():
    np.random.seed(38)
    pred = Tensor(np.random.rand(7, 5, 2).astype(np.float32))
    gt = Tensor(np.random.rand(7, 5, 2).astype(np.float32))
    vis = Tensor((np.random.rand(7, 5) > 0.3).astype(np.float32))
    ids = Tensor(np.array([0, 0, 1, 1, 1, 3, 3], dtype=np.int32))
    return PerImageKeypointLoss(), (pred, gt, vis, ids)
