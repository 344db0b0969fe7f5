# case: MoE load-balancing aux loss loops over experts averaging router probs of the tokens routed there via probs[route == e]; selection data-dependent -> dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_EXPERTS = 4


class RouterWithAux(nn.Cell):
    def __init__(self, dim=8, aux_weight=0.01, gate_init="normal"):
        super().__init__()
        self.gate = nn.Dense(dim, NUM_EXPERTS, weight_init=gate_init)
        self.aux_weight = aux_weight

    def construct(self, x):
        probs = ops.softmax(self.gate(x), axis=-1)
        route = probs.argmax(axis=-1)
        aux = Tensor(0.0, ms.float32)
        for e in range(NUM_EXPERTS):
            sel = probs[route == e]
            frac = (route == e).astype(ms.float32).mean()
            aux = aux + frac * sel[:, e].mean()
        return route, aux * NUM_EXPERTS * self.aux_weight


def make():
    gate_w = Tensor(np.eye(NUM_EXPERTS, 8, dtype=np.float32) * 4)
    x = np.random.randn(12, 8).astype(np.float32) * 0.1
    x[np.arange(12), np.arange(12) % NUM_EXPERTS] += 1.0
    return RouterWithAux(gate_init=gate_w), (Tensor(x),)
