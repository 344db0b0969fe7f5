# case: LIF hyper-parameters in an @ms.jit_class built in __init__ and only read in construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class LIFConfig:
    def __init__(self, tau_mem=4.0, threshold=1.0, v_reset=0.0, soft_reset=False):
        self.beta = float(np.exp(-1.0 / tau_mem))
        self.threshold = threshold
        self.v_reset = v_reset
        self.soft_reset = soft_reset

    def reset(self, v, s):
        if self.soft_reset:
            return v - s * self.threshold
        return v * (1 - s) + s * self.v_reset


class LIFLayer(nn.Cell):
    def __init__(self, in_dim=5, out_dim=7, cfg=None):
        super().__init__()
        self.fc = nn.Dense(in_dim, out_dim, has_bias=False)
        self.cfg = cfg if cfg is not None else LIFConfig()

    def construct(self, x_seq):
        v = ops.zeros((x_seq.shape[1], self.fc.out_channels), ms.float32)
        count = ops.zeros_like(v)
        for t in range(x_seq.shape[0]):
            v = self.cfg.beta * v + self.fc(x_seq[t])
            s = (v >= self.cfg.threshold).astype(ms.float32)
            v = self.cfg.reset(v, s)
            count += s
        return count / x_seq.shape[0]


def make():
    np.random.seed(16)
    x = Tensor(np.random.rand(4, 3, 5).astype(np.float32) * 2)
    return LIFLayer(), (x,)
