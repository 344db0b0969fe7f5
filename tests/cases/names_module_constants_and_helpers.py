# case: module-level constants (LAYER_NORM_EPS, ACT2FN dict of functions) and a module-level helper function used from construct, typical of transformers modeling files; expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LAYER_NORM_EPS = 1e-6
ACT2FN = {"gelu": ops.gelu, "relu": ops.relu, "silu": ops.silu}
DEFAULT_ACT = "silu"


def rms_norm(x, weight, eps=LAYER_NORM_EPS):
    variance = x.astype(ms.float32).pow(2).mean(-1, keep_dims=True)
    x = x * ops.rsqrt(variance + eps)
    return weight * x


class GatedMLP(nn.Cell):
    def __init__(self, hidden=8, intermediate=16, act=DEFAULT_ACT):
        super().__init__()
        self.norm_weight = ms.Parameter(Tensor(np.ones(hidden, np.float32)), name="norm_weight")
        self.gate_proj = nn.Dense(hidden, intermediate, has_bias=False)
        self.up_proj = nn.Dense(hidden, intermediate, has_bias=False)
        self.down_proj = nn.Dense(intermediate, hidden, has_bias=False)
        self.act_name = act

    def construct(self, x):
        h = rms_norm(x, self.norm_weight)
        act_fn = ACT2FN[self.act_name]
        return x + self.down_proj(act_fn(self.gate_proj(h)) * self.up_proj(h))


def make():
    x = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    return GatedMLP(), (x,)
