# case: DALL-E style Gumbel-softmax relaxed quantiser with temperature and hard straight-through flag from config, KL to uniform prior -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GumbelQuantizer(nn.Cell):
    def __init__(self, in_ch=8, num_codes=16, code_dim=4, tau=0.9, hard=False, kl_weight=5e-4):
        super().__init__()
        self.proj = nn.Conv2d(in_ch, num_codes, 1)
        self.embed = nn.Embedding(num_codes, code_dim)
        self.num_codes = num_codes
        self.tau = tau
        self.hard = hard
        self.kl_weight = kl_weight

    def gumbel_noise(self, shape, eps=1e-10):
        u = ops.uniform(shape, Tensor(0.0, ms.float32), Tensor(1.0, ms.float32))
        return -ops.log(-ops.log(u + eps) + eps)

    def construct(self, x):
        logits = self.proj(x)
        y = ops.softmax((logits + self.gumbel_noise(logits.shape)) / self.tau, axis=1)
        if self.hard:
            idx = y.argmax(axis=1)
            hard = ops.one_hot(idx, self.num_codes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
            y = ops.stop_gradient(hard.transpose(0, 3, 1, 2) - y) + y
        z_q = ops.matmul(y.transpose(0, 2, 3, 1), self.embed.embedding_table).transpose(0, 3, 1, 2)
        qy = ops.softmax(logits, axis=1)
        kl = (qy * ops.log(qy * self.num_codes + 1e-10)).sum(axis=1).mean()
        return z_q, self.kl_weight * kl


def make():
    np.random.seed(0)
    ms.set_seed(0)
    x = Tensor(np.random.randn(2, 8, 3, 3).astype(np.float32))
    return GumbelQuantizer(), (x,)
