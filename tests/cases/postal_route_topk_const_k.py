# case: courier dispatch picks the top_k (config constant) most delayed stops with ops.topk and gathers their planned ETAs -> constant k, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LateStopPicker(nn.Cell):
    def __init__(self, n_feat=5, top_k=3):
        super().__init__()
        self.delay_head = nn.Dense(n_feat, 1)
        self.top_k = top_k

    def construct(self, stop_feats, planned_eta):
        delay = ops.relu(self.delay_head(stop_feats).squeeze(-1)) * 20.0
        worst, idx = ops.topk(delay, self.top_k)
        return worst, ops.gather(planned_eta, idx, 0)


def make():
    np.random.seed(112)
    feats = Tensor(np.random.randn(15, 5).astype(np.float32))
    eta = Tensor(np.sort(np.random.rand(15) * 240).astype(np.float32))
    return LateStopPicker(), (feats, eta)
