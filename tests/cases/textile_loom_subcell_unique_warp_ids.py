# case: sub-Cell collects the distinct broken warp thread ids from detections with unique and the parent counts them -> dynamic shape from unique inside a sub-Cell
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BrokenWarpCollector(nn.Cell):
    def __init__(self, thr=0.5):
        super().__init__()
        self.thr = thr

    def construct(self, warp_ids, scores):
        hit = ops.where(scores > self.thr, warp_ids, ops.zeros_like(warp_ids))
        ids, _ = ops.unique(hit)
        return ids


class WarpBreakMonitor(nn.Cell):
    def __init__(self):
        super().__init__()
        self.collector = BrokenWarpCollector()

    def construct(self, warp_ids, scores):
        ids = self.collector(warp_ids, scores)
        n_broken = (ids > 0).astype(ms.int32).sum()
        return ids, n_broken


def make():
    np.random.seed(25)
    warp_ids = Tensor(np.random.randint(1, 9, size=20).astype(np.int32))
    scores = Tensor(np.random.rand(20).astype(np.float32))
    return WarpBreakMonitor(), (warp_ids, scores)
