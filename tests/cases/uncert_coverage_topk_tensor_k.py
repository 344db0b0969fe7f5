# case: selective prediction at target coverage picks the k most confident samples where k is int() of a tensor computed from the batch -> topk with data-dependent k, Graph mode should fail or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CoverageSelector(nn.Cell):
    def __init__(self, in_dim=8, num_classes=3, min_conf=0.7):
        super().__init__()
        self.head = nn.Dense(in_dim, num_classes)
        self.softmax = nn.Softmax(axis=-1)
        self.min_conf = min_conf

    def construct(self, x):
        probs = self.softmax(self.head(x))
        conf = probs.max(axis=-1)
        n_confident = ops.cast(conf > self.min_conf, ms.int32).sum()
        k = max(int(n_confident), 1)
        top_conf, top_idx = ops.topk(conf, k)
        chosen = ops.gather(probs, top_idx, 0)
        return chosen, top_conf


def make():
    np.random.seed(0)
    net = CoverageSelector()
    x = Tensor(np.random.randn(12, 8).astype(np.float32) * 2)
    return net, (x,)
