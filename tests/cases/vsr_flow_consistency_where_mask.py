# case: forward-backward flow consistency check producing an occlusion mask with ops.where and zeroing flow at occluded pixels -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConsistencyMask(nn.Cell):
    def __init__(self, alpha=0.01, beta=0.5):
        super().__init__()
        self.alpha = alpha
        self.beta = beta

    def construct(self, flow_fw, flow_bw):
        # flow_*: (B, 2, H, W); assumes small motion so bw flow is not re-warped
        diff_sq = ((flow_fw + flow_bw) ** 2).sum(axis=1, keepdims=True)
        mag_sq = (flow_fw ** 2).sum(axis=1, keepdims=True) + (flow_bw ** 2).sum(axis=1, keepdims=True)
        occluded = diff_sq > self.alpha * mag_sq + self.beta
        occ_mask = ops.where(occluded, ops.ones_like(diff_sq), ops.zeros_like(diff_sq))
        clean_flow = ops.where(ops.broadcast_to(occluded, flow_fw.shape),
                               ops.zeros_like(flow_fw), flow_fw)
        ratio = occ_mask.mean(axis=(1, 2, 3))
        return clean_flow, occ_mask, ratio


def make():
    np.random.seed(21)
    fw = np.random.randn(2, 2, 8, 8).astype(np.float32)
    bw = -fw + np.random.randn(2, 2, 8, 8).astype(np.float32) * 0.6
    return ConsistencyMask(), (Tensor(fw), Tensor(bw))
