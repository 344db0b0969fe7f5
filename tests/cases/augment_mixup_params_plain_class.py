# case: mixup helper returns a plain Python MixParams object (lam, perm tensors) built inside construct and returned -> compile error at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MixParams:
    def __init__(self, lam, perm):
        self.lam = lam
        self.perm = perm

    def mix(self, t):
        return self.lam * t + (1.0 - self.lam) * t[self.perm]


class BatchMixer(nn.Cell):
    def __init__(self, lam_low=0.3, lam_high=0.7):
        super().__init__()
        self.lam_low = lam_low
        self.lam_high = lam_high

    def sample(self, batch):
        lam = ops.uniform((1,), Tensor(self.lam_low), Tensor(self.lam_high))
        perm = ops.randperm(batch, dtype=ms.int32)
        return MixParams(lam, perm)

    def construct(self, x, y):
        params = self.sample(x.shape[0])
        x = params.mix(x)
        y = params.mix(y)
        return x, y, params


def make():
    np.random.seed(26)
    x = Tensor(np.random.rand(4, 6).astype(np.float32))
    y = Tensor(np.eye(4, 3, dtype=np.float32))
    return BatchMixer(), (x, y)
