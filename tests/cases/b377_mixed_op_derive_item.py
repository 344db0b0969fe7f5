# case: DARTS MixedOp in derived mode picks the strongest candidate via argmax(alpha).item() in a helper and indexes the CellList with it -> expected error (CellList indexed by a value read from a tensor)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

PRIMITIVES = ("conv_3x3", "conv_1x1", "avg_pool_3x3", "skip_connect")


class SearchSpaceConfig:
    def __init__(self, channels=8, derived=True, tau=1.0):
        self.channels = channels
        self.derived = derived
        self.tau = tau


def build_candidate(name, c):
    if name == "conv_3x3":
        return nn.Conv2d(c, c, 3, pad_mode="same")
    if name == "conv_1x1":
        return nn.Conv2d(c, c, 1)
    if name == "avg_pool_3x3":
        return nn.AvgPool2d(3, 1, pad_mode="same")
    return nn.Identity()


class MixedOp(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.derived = config.derived
        self.tau = config.tau
        self.candidates = nn.CellList([build_candidate(p, config.channels) for p in PRIMITIVES])
        self._init_arch_params(len(PRIMITIVES))

    def _init_arch_params(self, n):
        self.alpha = Parameter(Tensor(np.random.randn(n).astype(np.float32) * 1e-3), name="alpha")

    def _derive_index(self):
        return ops.argmax(self.alpha).item()

    def construct(self, x):
        if self.derived:
            return self.candidates[self._derive_index()](x)
        weights = ops.softmax(self.alpha / self.tau, axis=0)
        out = ops.zeros_like(x)
        for i, op in enumerate(self.candidates):
            out = out + weights[i] * op(x)
        return out


def make():
    np.random.seed(3771)
    cell = MixedOp(SearchSpaceConfig())
    x = Tensor(np.random.randn(2, 8, 6, 6).astype(np.float32))
    return cell, (x,)
