# case: duct-leak localiser ranks segments by normalised pressure drop and returns a fixed top-k from the constructor -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentScorer(nn.Cell):
    def __init__(self, n_segments):
        super().__init__()
        self.design_drop = ms.Parameter(Tensor(np.full(n_segments, 0.5, np.float32)), name="design_drop",
                                        requires_grad=False)

    def construct(self, upstream, downstream):
        drop = upstream - downstream
        return (drop - self.design_drop) / (self.design_drop + 1e-3)


class TopLeakCandidates(nn.Cell):
    def __init__(self, n_segments=20, k=3):
        super().__init__()
        self.scorer = SegmentScorer(n_segments)
        self.k = k

    def construct(self, upstream, downstream):
        score = self.scorer(upstream, downstream)
        vals, idx = ops.topk(score, self.k)
        prob = ops.softmax(vals, axis=-1)
        return idx, prob


def make():
    np.random.seed(8)
    net = TopLeakCandidates()
    up = Tensor((250.0 + np.random.randn(2, 20)).astype(np.float32))
    down = Tensor((249.3 + np.random.randn(2, 20)).astype(np.float32))
    return net, (up, down)
