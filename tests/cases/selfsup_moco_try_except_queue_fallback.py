# case: MoCo head that wraps the queue matmul in try/except to fall back to in-batch negatives on a dim mismatch -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RobustMoCoHead(nn.Cell):
    def __init__(self, dim=16, queue_len=24, temperature=0.07):
        super().__init__()
        self.queue = Parameter(Tensor(np.random.randn(queue_len, dim).astype(np.float32)),
                               name="queue", requires_grad=False)
        self.temperature = temperature
        self.norm = ops.L2Normalize(axis=1)

    def negatives_logits(self, q, k):
        try:
            return ops.matmul(q, self.norm(self.queue).T)
        except ValueError:
            return ops.matmul(q, k.T)

    def construct(self, q, k):
        q = self.norm(q)
        k = ops.stop_gradient(self.norm(k))
        l_pos = (q * k).sum(axis=1, keepdims=True)
        l_neg = self.negatives_logits(q, k)
        logits = ops.concat((l_pos, l_neg), axis=1) / self.temperature
        return ops.cross_entropy(logits, ops.zeros(q.shape[0], ms.int32))


def make():
    np.random.seed(37)
    q = Tensor(np.random.randn(4, 16).astype(np.float32))
    k = Tensor(np.random.randn(4, 16).astype(np.float32))
    return RobustMoCoHead(), (q, k)
