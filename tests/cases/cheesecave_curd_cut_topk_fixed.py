# case: average the five strongest storage-modulus readings of a rheometry trace, k from a config constant -> fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RheologyConfig:
    n_points = 64
    top_k = 5
    use_loss_modulus = True


class CurdFirmnessHead(nn.Cell):
    def __init__(self, cfg=RheologyConfig):
        super().__init__()
        self.cfg = cfg
        in_ch = 2 if cfg.use_loss_modulus else 1
        self.proj = nn.Dense(in_ch * cfg.n_points, 8)
        self.out = nn.Dense(8 + 1, 1)

    def construct(self, g_prime, g_second):
        if self.cfg.use_loss_modulus:
            x = ops.concat((g_prime, g_second), axis=1)
        else:
            x = g_prime
        peaks, _ = ops.topk(g_prime, self.cfg.top_k)
        peak_mean = peaks.mean(axis=1, keep_dims=True)
        h = ops.relu(self.proj(x))
        return self.out(ops.concat((h, peak_mean), axis=1))


def make():
    np.random.seed(3202)
    gp = (np.random.rand(3, 64) * 50).astype(np.float32)
    gs = (np.random.rand(3, 64) * 15).astype(np.float32)
    return CurdFirmnessHead(), (Tensor(gp), Tensor(gs))
