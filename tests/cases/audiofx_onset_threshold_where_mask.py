# case: onset strength is gated with an adaptive threshold using ops.where and a float mask, keeping a fixed length -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OnsetGate(nn.Cell):
    def __init__(self, delta=0.05, floor=0.0):
        super().__init__()
        self.delta = delta
        self.floor = floor

    def local_mean(self, env):
        padded = ops.pad(env.expand_dims(0).expand_dims(0), (2, 2), mode="replicate")
        pooled = ops.avg_pool1d(padded, kernel_size=5, stride=1)
        return pooled.squeeze(0).squeeze(0)

    def construct(self, env):
        thr = self.local_mean(env) + self.delta
        above = env > thr
        gated = ops.where(above, env - thr, ops.full_like(env, self.floor))
        mask = above.astype(ms.float32)
        count = mask.sum()
        return gated, mask, count


def make():
    np.random.seed(1)
    env = Tensor(np.abs(np.random.randn(48)).astype(np.float32))
    return OnsetGate(), (env,)
