# case: MoE router runs only the experts that were actually chosen, found with ops.unique over routing ids; unique output size data-dependent -> dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_EXPERTS = 4


class SparseMoE(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.gate = nn.Dense(dim, NUM_EXPERTS)
        self.w = ms.Parameter(Tensor(np.random.randn(NUM_EXPERTS, dim, dim).astype(np.float32) * 0.1))

    def construct(self, x):
        route = self.gate(x).argmax(axis=-1).astype(ms.int32)
        used, inverse = ops.unique(route)
        w_used = ops.gather(self.w, used, 0)
        w_tok = ops.gather(w_used, inverse, 0)
        return ops.bmm(x.expand_dims(1), w_tok).squeeze(1)


def make():
    return SparseMoE(), (Tensor(np.random.randn(10, 8).astype(np.float32)),)
