# case: aggregates clip logits into a video prediction with learned-temperature log-sum-exp using ops only -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class LSEAggregator(nn.Cell):
    def __init__(self, init_temp=1.0):
        super().__init__()
        self.log_temp = Parameter(Tensor(np.array([np.log(init_temp)], np.float32)), name="log_temp")

    def construct(self, clip_logits):
        # clip_logits: (B, N, C)
        temp = ops.exp(self.log_temp)
        n = clip_logits.shape[1]
        lse = ops.logsumexp(clip_logits * temp, 1) - float(np.log(n))
        return lse / temp


def make():
    np.random.seed(40)
    clip_logits = Tensor(np.random.randn(2, 5, 6).astype(np.float32))
    return LSEAggregator(), (clip_logits,)
