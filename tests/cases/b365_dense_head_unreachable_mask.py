# case: Dense-subclass output head whose boolean-mask selection path only runs for mask_mode="select", while the library default "multiply" masks by multiplication -> hazard branch unreachable, static graph expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadConfig:
    def __init__(self, hidden=32, n_vars=5, patch=2, mask_mode="multiply", output_tokens=False):
        self.hidden = hidden
        self.n_vars = n_vars
        self.patch = patch
        self.mask_mode = mask_mode
        self.output_tokens = output_tokens


class PatchRecoveryHead(nn.Dense):
    def __init__(self, config, **kwargs):
        super().__init__(config.hidden, config.n_vars * config.patch * config.patch, **kwargs)
        self.n_vars = config.n_vars
        self.p = config.patch
        self.mask_mode = config.mask_mode
        self.output_tokens = config.output_tokens

    def _unpatchify(self, t, n_lat, n_lon):
        b = t.shape[0]
        hp, wp = n_lat // self.p, n_lon // self.p
        t = t.reshape(b, hp, wp, self.n_vars, self.p, self.p)
        t = t.transpose(0, 3, 1, 4, 2, 5)
        return t.reshape(b, self.n_vars, n_lat, n_lon)

    def construct(self, tokens, n_lat, n_lon, mask=None):
        t = super().construct(tokens)
        field = self._unpatchify(t, n_lat, n_lon)
        if isinstance(mask, Tensor) and self.mask_mode == "select":
            field = field[mask]
        elif mask is not None:
            field = field * mask
        return (field, t) if self.output_tokens else (field,)


class Decoder(nn.Cell):
    def __init__(self, config, grid=(8, 16)):
        super().__init__()
        self.head = PatchRecoveryHead(config)
        self.grid = grid

    def construct(self, tokens, *args, **kwargs):
        return self.head(tokens, self.grid[0], self.grid[1], *args, **kwargs)


def make():
    np.random.seed(3683)
    cfg = HeadConfig()
    net = Decoder(cfg)
    tokens = Tensor(np.random.randn(2, 32, cfg.hidden).astype(np.float32))
    mask = Tensor((np.random.rand(1, 1, 8, 16) > 0.3).astype(np.float32))
    return net, (tokens, mask)
