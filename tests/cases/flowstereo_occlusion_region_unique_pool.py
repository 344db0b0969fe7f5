# case: averages flow inside each labelled occlusion region, region ids compacted with unique -> dynamic shape at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RegionFlowPooling(nn.Cell):
    """Replace flow in occluded regions by the mean flow of its region."""

    def __init__(self, occ_thresh=0.5):
        super().__init__()
        self.occ_thresh = occ_thresh

    def region_means(self, flow, labels):
        ids, inv = ops.unique(labels.reshape(-1))
        n = ids.shape[0]
        flat = flow.reshape(2, -1).transpose(1, 0)
        sums = ops.unsorted_segment_sum(flat, inv, n)
        cnt = ops.unsorted_segment_sum(ops.ones_like(inv).astype(ms.float32), inv, n)
        means = sums / cnt.reshape(-1, 1)
        return ops.gather(means, inv, 0).transpose(1, 0).reshape(flow.shape)

    def construct(self, flow, labels, occ_prob):
        pooled = self.region_means(flow, labels)
        occluded = (occ_prob > self.occ_thresh).broadcast_to(flow.shape)
        return ops.select(occluded, pooled, flow)


def make():
    np.random.seed(7)
    flow = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    labels = Tensor(np.random.choice([3, 7, 11, 20], size=(6, 8)).astype(np.int32))
    occ = Tensor(np.random.rand(1, 6, 8).astype(np.float32))
    return RegionFlowPooling(), (flow, labels, occ)
