# case: top-1 MoE gathers each token's expert weight matrix by routing index (ops.gather with argmax indices) and applies bmm; shapes fixed -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_EXPERTS = 4


class Top1MoE(nn.Cell):
    def __init__(self, dim=8, noise=0.0):
        super().__init__()
        self.gate = nn.Dense(dim, NUM_EXPERTS)
        self.noise = noise
        self.w = ms.Parameter(Tensor(np.random.randn(NUM_EXPERTS, dim, dim).astype(np.float32) * 0.1))

    def construct(self, x):
        logits = self.gate(x)
        if self.noise > 0:
            logits = logits + ops.randn_like(logits) * self.noise
        prob = ops.softmax(logits, axis=-1)
        route = prob.argmax(axis=-1).astype(ms.int32)
        gate_w = ops.gather_elements(prob, 1, route.expand_dims(-1))
        w_tok = ops.gather(self.w, route, 0)
        y = ops.bmm(x.expand_dims(1), w_tok).squeeze(1)
        return y * gate_w


def make():
    return Top1MoE(), (Tensor(np.random.randn(10, 8).astype(np.float32)),)
