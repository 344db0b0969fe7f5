# case: image score restricted to an optional ROI mask, guarded by `is None` with a default of None -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RoiAnomalyScore(nn.Cell):
    def __init__(self, top_k=4, roi_mask=None):
        super().__init__()
        self.top_k = top_k
        self.roi_mask = None if roi_mask is None else Tensor(roi_mask)

    def apply_roi(self, amap, roi):
        if roi is None:
            return amap
        return amap * roi

    def construct(self, amap, roi=None):
        if roi is None:
            roi = self.roi_mask
        masked = self.apply_roi(amap, roi)
        flat = masked.reshape(masked.shape[0], -1)
        top, _ = ops.topk(flat, self.top_k, dim=1)
        return top.mean(axis=1)


def make():
    np.random.seed(28)
    amap = np.random.rand(2, 1, 8, 8).astype(np.float32)
    return RoiAnomalyScore(), (Tensor(amap),)
