# case: use int() of the number of existing lanes as k in topk over lane confidence -> error: int() of a tensor value used as a size
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopLaneDecoder(nn.Cell):
    def __init__(self, max_lanes=6, exist_thresh=0.5):
        super().__init__()
        self.max_lanes = max_lanes
        self.exist_thresh = exist_thresh

    def construct(self, exist_logits, lane_params):
        prob = ops.sigmoid(exist_logits)
        k = int((prob > self.exist_thresh).sum())
        k = max(k, 1)
        scores, idx = ops.topk(prob, k)
        return scores, ops.gather(lane_params, idx, 0)


def make():
    np.random.seed(7)
    logits = Tensor(np.random.randn(6).astype(np.float32))
    params = Tensor(np.random.randn(6, 4).astype(np.float32))
    return TopLaneDecoder(), (logits, params)
