# case: winner-takes-all disparity via argmax and a peak-ratio confidence read back with gather_elements -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WTADisparity(nn.Cell):
    def __init__(self, conf_thresh=0.3, invalid=-1.0):
        super().__init__()
        self.conf_thresh = conf_thresh
        self.invalid = invalid

    def peak_ratio(self, prob, idx):
        best = ops.gather_elements(prob, 1, idx)
        sorted_p, _ = ops.sort(prob, axis=1, descending=True)
        second = sorted_p[:, 1:2]
        return best / (second + 1e-6)

    def construct(self, cost_volume):
        prob = ops.softmax(cost_volume, axis=1)
        idx = ops.argmax(prob, dim=1, keepdim=True)
        ratio = self.peak_ratio(prob, idx)
        conf = 1.0 - 1.0 / ratio
        disp = idx.astype(ms.float32)
        disp = ops.where(conf > self.conf_thresh, disp, ops.full_like(disp, self.invalid))
        return disp.squeeze(1), conf.squeeze(1)


def make():
    np.random.seed(33)
    cost = Tensor((np.random.randn(1, 8, 5, 6) * 3).astype(np.float32))
    return WTADisparity(), (cost,)
