# case: keep the top-k proposals where k is the count of proposals above threshold -> error or dynamic: topk k from tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveTopK(nn.Cell):
    def __init__(self, thresh=0.6):
        super().__init__()
        self.thresh = thresh

    def construct(self, scores, proposals):
        k = (scores > self.thresh).astype(ms.int32).sum()
        top_scores, top_idx = ops.topk(scores, int(k))
        top_props = proposals[top_idx]
        return top_scores, top_props


def make():
    np.random.seed(7)
    scores = Tensor(np.random.rand(16).astype(np.float32))
    s = np.random.rand(16).astype(np.float32) * 30
    proposals = Tensor(np.stack([s, s + 5], axis=1))
    return AdaptiveTopK(), (scores, proposals)
