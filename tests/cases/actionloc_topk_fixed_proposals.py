# case: keeps a fixed top_k proposals given by the constructor and gathers their boundaries -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKProposals(nn.Cell):
    def __init__(self, top_k=5):
        super().__init__()
        self.top_k = top_k

    def construct(self, scores, proposals):
        k = min(self.top_k, scores.shape[0])
        top_scores, top_idx = ops.topk(scores, k)
        top_props = ops.gather(proposals, top_idx, 0)
        return top_scores, top_props


def make():
    np.random.seed(37)
    scores = Tensor(np.random.rand(16).astype(np.float32))
    s = np.random.rand(16).astype(np.float32) * 30
    proposals = Tensor(np.stack([s, s + 5], axis=1))
    return TopKProposals(), (scores, proposals)
