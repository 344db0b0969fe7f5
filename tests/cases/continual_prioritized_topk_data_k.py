# case: prioritized replay keeps as many entries as exceed the priority threshold: topk with k from tensor data -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PrioritizedSelector(nn.Cell):
    def __init__(self, capacity=32, dim=4, alpha=0.6, min_priority=0.5):
        super().__init__()
        self.alpha = alpha
        self.min_priority = min_priority
        self.priorities = Parameter(Tensor(np.linspace(0.05, 1.0, capacity).astype(np.float32)),
                                    name="priorities", requires_grad=False)
        self.store = Parameter(Tensor(np.arange(capacity * dim, dtype=np.float32).reshape(capacity, dim)),
                               name="store", requires_grad=False)

    def _scaled(self):
        p = ops.pow(self.priorities, self.alpha)
        return p / p.sum()

    def construct(self, query):
        probs = self._scaled()
        num_hot = (self.priorities > self.min_priority).astype(ms.int32).sum()
        _, idx = ops.topk(probs, num_hot)
        batch = ops.gather(self.store, idx, 0)
        weights = ops.gather(probs, idx, 0)
        return ops.matmul(batch * weights.expand_dims(1), query)


def make():
    np.random.seed(1)
    q = Tensor(np.random.randn(4, 3).astype(np.float32))
    return PrioritizedSelector(), (q,)
