# case: render step logs a formatted summary of mean depth/opacity with an f-string format spec on tensors when verbose (default on) -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VerboseRenderer(nn.Cell):
    def __init__(self, verbose=True, bg=1.0):
        super().__init__()
        self.verbose = verbose
        self.bg = bg

    def composite(self, rgb, sigma, z_vals):
        delta = z_vals[:, 1:] - z_vals[:, :-1]
        delta = ops.concat([delta, delta[:, -1:]], axis=-1)
        alpha = 1.0 - ops.exp(-sigma * delta)
        trans = ops.cumprod(1.0 - alpha + 1e-10, dim=-1)
        trans = ops.concat([ops.ones_like(trans[:, :1]), trans[:, :-1]], axis=-1)
        w = alpha * trans
        color = (w[..., None] * rgb).sum(axis=1)
        return color, (w * z_vals).sum(axis=1), w.sum(axis=1)

    def construct(self, rgb, sigma, z_vals):
        color, depth, acc = self.composite(rgb, sigma, z_vals)
        color = color + self.bg * (1.0 - acc[:, None])
        if self.verbose:
            mean_depth = depth.mean()
            mean_acc = acc.mean()
            print(f"render: depth={mean_depth.item():.3f} acc={mean_acc.item():.3f} rays={depth.shape[0]}")
        return color, depth, acc


def make():
    np.random.seed(26)
    rgb = Tensor(np.random.rand(6, 9, 3).astype(np.float32))
    sigma = Tensor(np.random.rand(6, 9).astype(np.float32))
    z = Tensor(np.sort(np.random.uniform(2, 6, (6, 9)), axis=-1).astype(np.float32))
    return VerboseRenderer(), (rgb, sigma, z)
