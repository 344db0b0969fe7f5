# case: end-point error restricted to confident pixels via boolean-mask indexing of the flattened error map -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfidentEPE(nn.Cell):
    def __init__(self, conf_thresh=0.5, max_flow=400.0):
        super().__init__()
        self.conf_thresh = conf_thresh
        self.max_flow = max_flow

    def construct(self, flow_pred, flow_gt, conf_logits):
        epe = ops.sqrt(((flow_pred - flow_gt) ** 2).sum(axis=1)).reshape(-1)
        conf = ops.sigmoid(conf_logits).reshape(-1)
        mag = ops.sqrt((flow_gt ** 2).sum(axis=1)).reshape(-1)
        keep = (conf > self.conf_thresh) & (mag < self.max_flow)
        sel = epe[keep]
        return sel.mean(), (sel < 1.0).astype(ms.float32).mean()


def make():
    np.random.seed(4)
    pred = Tensor(np.random.randn(2, 2, 6, 6).astype(np.float32))
    gt = Tensor(np.random.randn(2, 2, 6, 6).astype(np.float32))
    conf = Tensor(np.random.randn(2, 1, 6, 6).astype(np.float32))
    return ConfidentEPE(), (pred, gt, conf)
