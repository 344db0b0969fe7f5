# case: ranks uncertainty by pulling scores to the host with .asnumpy() and using np.argsort inside construct -> host round trip not supported in graph mode, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LeastConfidenceRanker(nn.Cell):
    def __init__(self, in_dim=10, num_classes=4, budget=4):
        super().__init__()
        self.fc = nn.Dense(in_dim, num_classes)
        self.budget = budget

    def construct(self, x):
        probs = ops.softmax(self.fc(x), axis=-1)
        least_conf = 1.0 - probs.max(axis=-1)
        scores_np = least_conf.asnumpy()
        order = np.argsort(-scores_np)[:self.budget]
        idx = Tensor(order.astype(np.int32))
        return ops.gather(x, idx, 0)


def make():
    np.random.seed(7)
    x = Tensor(np.random.randn(15, 10).astype(np.float32))
    return LeastConfidenceRanker(), (x,)
