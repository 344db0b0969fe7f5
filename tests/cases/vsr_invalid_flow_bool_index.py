# case: gathers flow vectors at pixels with invalid forward-backward consistency using boolean-mask indexing -> dynamic shape (boolean index result size depends on data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InconsistentFlowStats(nn.Cell):
    def __init__(self, alpha=0.01, beta=0.5):
        super().__init__()
        self.alpha = alpha
        self.beta = beta

    def construct(self, flow_fw, flow_bw):
        # flow_*: (2, H, W) for a single frame pair
        diff = flow_fw + flow_bw
        sq = (diff ** 2).sum(axis=0)
        bound = self.alpha * ((flow_fw ** 2).sum(axis=0) + (flow_bw ** 2).sum(axis=0)) + self.beta
        invalid = sq > bound
        bad_u = flow_fw[0][invalid]
        bad_v = flow_fw[1][invalid]
        return ops.stack((bad_u, bad_v), axis=0)


def make():
    np.random.seed(20)
    fw = np.random.randn(2, 8, 8).astype(np.float32)
    bw = -fw + np.random.randn(2, 8, 8).astype(np.float32) * 0.6
    return InconsistentFlowStats(), (Tensor(fw), Tensor(bw))
