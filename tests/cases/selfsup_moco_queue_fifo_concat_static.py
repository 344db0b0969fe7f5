# case: MoCo queue as FIFO via concat of new keys and the queue head sliced by batch shape, assigned back -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class FIFONegativeQueue(nn.Cell):
    def __init__(self, dim=16, size=32):
        super().__init__()
        self.size = size
        self.bank = Parameter(Tensor(np.random.randn(size, dim).astype(np.float32)),
                              name="bank", requires_grad=False)

    def construct(self, keys):
        b = keys.shape[0]
        updated = ops.concat((keys, self.bank[:self.size - b]), axis=0)
        ops.assign(self.bank, updated)
        return updated


class MoCoHead(nn.Cell):
    def __init__(self, in_dim=32, dim=16, size=32, temperature=0.2):
        super().__init__()
        self.q_proj = nn.SequentialCell([nn.Dense(in_dim, dim), nn.ReLU(), nn.Dense(dim, dim)])
        self.k_proj = nn.SequentialCell([nn.Dense(in_dim, dim), nn.ReLU(), nn.Dense(dim, dim)])
        self.queue = FIFONegativeQueue(dim, size)
        self.temperature = temperature
        self.norm = ops.L2Normalize(axis=1)

    def construct(self, x_q, x_k):
        q = self.norm(self.q_proj(x_q))
        k = ops.stop_gradient(self.norm(self.k_proj(x_k)))
        l_pos = ops.sum(q * k, 1, keepdim=True)
        l_neg = ops.matmul(q, self.queue.bank.T)
        logits = ops.concat((l_pos, l_neg), axis=1) / self.temperature
        labels = ops.zeros((q.shape[0],), ms.int32)
        loss = ops.cross_entropy(logits, labels)
        self.queue(k)
        return loss


def make():
    np.random.seed(4)
    xq = Tensor(np.random.randn(4, 32).astype(np.float32))
    xk = Tensor(np.random.randn(4, 32).astype(np.float32))
    return MoCoHead(), (xq, xk)
