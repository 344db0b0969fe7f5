# case: MoE loops over experts and selects each expert's tokens with ops.nonzero(route == e) then index_add back; per-expert token count data-dependent -> dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_EXPERTS = 3


class MoE(nn.Cell):
    def __init__(self, dim=8, gate_init="normal"):
        super().__init__()
        self.gate = nn.Dense(dim, NUM_EXPERTS, weight_init=gate_init, has_bias=False)
        self.experts = nn.CellList([nn.Dense(dim, dim) for _ in range(NUM_EXPERTS)])

    def construct(self, x):
        route = self.gate(x).argmax(axis=-1)
        out = ops.zeros_like(x)
        for e in range(NUM_EXPERTS):
            idx = ops.nonzero(route == e).reshape(-1)
            tokens = ops.gather(x, idx, 0)
            y = self.experts[e](tokens)
            out = ops.index_add(out, idx.astype(ms.int32), y, 0)
        return out


def make():
    gate_w = np.eye(NUM_EXPERTS, 8, dtype=np.float32)
    x = np.eye(10, 8, dtype=np.float32)[np.arange(10) % NUM_EXPERTS] + 0.01
    return MoE(gate_init=Tensor(gate_w)), (Tensor(x),)
