# case: renderer builds an outputs dict and deletes the auxiliary "weights" entry with del when keep_aux is off (default) -> del of a dict key in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RenderConfig:
    keep_aux = False
    white_bkgd = True


class DictRenderer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.keep_aux = getattr(config, "keep_aux", True)
        self.white_bkgd = config.white_bkgd

    def _composite(self, sigma, rgb, deltas):
        alpha = 1.0 - ops.exp(-sigma * deltas)
        trans = ops.cumprod(ops.concat((ops.ones_like(alpha[:, :1]), 1.0 - alpha[:, :-1]), -1), dim=-1)
        weights = alpha * trans
        return weights, (weights[..., None] * rgb).sum(axis=1)

    def construct(self, sigma, rgb, z_vals):
        deltas = ops.concat((z_vals[:, 1:] - z_vals[:, :-1], z_vals[:, -1:] * 0 + 1e3), -1)
        weights, color = self._composite(sigma, rgb, deltas)
        outputs = {"rgb": color, "depth": (weights * z_vals).sum(axis=-1), "weights": weights}
        if self.white_bkgd:
            outputs["rgb"] = color + (1.0 - weights.sum(axis=-1, keepdims=True))
        if not self.keep_aux:
            del outputs["weights"]
        return outputs


def make():
    np.random.seed(13)
    sigma = np.random.rand(8, 12).astype(np.float32)
    rgb = np.random.rand(8, 12, 3).astype(np.float32)
    z = np.tile(np.linspace(2, 6, 12, dtype=np.float32), (8, 1))
    return DictRenderer(RenderConfig()), (Tensor(sigma), Tensor(rgb), Tensor(z))
