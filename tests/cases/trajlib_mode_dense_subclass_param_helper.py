# case: nn.Dense subclass for the mode head adds a per-mode learned anchor Parameter created in a helper called from __init__ and calls super().construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class HeadConfig:
    def __init__(self, hidden_size=32, num_modes=6, future_steps=12, use_anchors=True, anchor_init=None):
        self.hidden_size = hidden_size
        self.num_modes = num_modes
        self.future_steps = future_steps
        self.use_anchors = use_anchors
        self.anchor_init = anchor_init


class AnchoredModeDense(nn.Dense):
    def __init__(self, config):
        self.k, self.t = config.num_modes, config.future_steps
        super().__init__(config.hidden_size, self.k * self.t * 2)
        self.use_anchors = config.use_anchors
        self._init_anchors(config.anchor_init)

    def _init_anchors(self, anchor_init):
        if anchor_init is None:
            anchor_init = np.zeros((self.k, self.t, 2), dtype=np.float32)
        self.anchors = Parameter(Tensor(anchor_init), name="mode_anchors")

    def construct(self, x, *args, **kwargs):
        offsets = super().construct(x).reshape(x.shape[0], self.k, self.t, 2)
        if self.use_anchors:
            return offsets + self.anchors
        return offsets


def make():
    np.random.seed(38)
    x = Tensor(np.random.randn(4, 32).astype(np.float32))
    return AnchoredModeDense(HeadConfig()), (x,)
