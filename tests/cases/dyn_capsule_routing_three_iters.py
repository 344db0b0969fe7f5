# case: dynamic routing between capsules with a fixed number of routing iterations and squash nonlinearity -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


def squash(s, axis=-1, eps=1e-7):
    sq_norm = (s * s).sum(axis=axis, keepdims=True)
    scale = sq_norm / (1.0 + sq_norm) / ops.sqrt(sq_norm + eps)
    return scale * s


class CapsuleLayer(nn.Cell):
    def __init__(self, in_caps=6, in_dim=4, out_caps=3, out_dim=8, routing_iters=3):
        super().__init__()
        w = np.random.randn(1, in_caps, out_caps, out_dim, in_dim).astype(np.float32) * 0.1
        self.W = Parameter(Tensor(w), name="W")
        self.routing_iters = routing_iters
        self.out_caps = out_caps

    def predictions(self, u):
        u = u.expand_dims(2).expand_dims(-1)  # [B, in, 1, in_dim, 1]
        return ops.matmul(self.W, u).squeeze(-1)  # [B, in, out, out_dim]

    def construct(self, u):
        u_hat = self.predictions(u)
        b = ops.zeros(u_hat.shape[:3], ms.float32)
        v = None
        for it in range(self.routing_iters):
            c = ops.softmax(b, axis=2)
            s = (c.expand_dims(-1) * u_hat).sum(axis=1)
            v = squash(s)
            if it < self.routing_iters - 1:
                b = b + (u_hat * v.expand_dims(1)).sum(axis=-1)
        return v


def make():
    np.random.seed(12)
    u = Tensor(np.random.randn(2, 6, 4).astype(np.float32))
    return CapsuleLayer(), (u,)
