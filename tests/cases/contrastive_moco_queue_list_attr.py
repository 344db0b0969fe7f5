# case: MoCo-style contrastive head keeps negative keys in a Python list attribute appended inside construct and concatenates it; looks like a hazard, but MindSpore treats the list as a compile-time constant and compiles static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TAU = 0.07


class Encoder(nn.Cell):
    def __init__(self, dim=16):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, stride=2, pad_mode="same")
        self.fc = nn.Dense(8, dim)

    def construct(self, x):
        h = ops.relu(self.conv(x)).mean(axis=(2, 3))
        return ops.L2Normalize(axis=-1)(self.fc(h))


class MoCo(nn.Cell):
    def __init__(self, dim=16):
        super().__init__()
        self.enc_q = Encoder(dim)
        self.enc_k = Encoder(dim)
        self.queue = [Tensor(np.random.randn(4, dim).astype(np.float32))]

    def construct(self, xq, xk):
        q = self.enc_q(xq)
        k = ops.stop_gradient(self.enc_k(xk))
        negs = ops.concat(self.queue, axis=0)
        l_pos = (q * k).sum(axis=-1, keepdims=True)
        l_neg = ops.matmul(q, negs.T)
        logits = ops.concat((l_pos, l_neg), axis=1) / TAU
        labels = ops.zeros((q.shape[0],), ms.int32)
        self.queue.append(k)
        return ops.cross_entropy(logits, labels)


def make():
    x = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    return MoCo(), (x, x + 0.1)
