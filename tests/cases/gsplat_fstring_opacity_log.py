# case: builds an f-string log message containing the mean opacity tensor inside construct and returns it with the pruning mask -> f-string of a tensor in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PruneReporter(nn.Cell):
    def __init__(self, threshold=0.01):
        super().__init__()
        self.threshold = threshold

    def construct(self, opacity_logits):
        opacity = ops.sigmoid(opacity_logits)
        mean_op = opacity.mean()
        prune = (opacity < self.threshold).astype(ms.float32)
        msg = f"mean opacity {mean_op}, pruned {prune.sum()}"
        print(msg)
        return prune, mean_op


def make():
    np.random.seed(10)
    logits = Tensor(np.random.uniform(-7, 2, (25,)).astype(np.float32))
    return PruneReporter(), (logits,)
