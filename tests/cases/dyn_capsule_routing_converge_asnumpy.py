# case: capsule routing iterates until agreement change is small, checking convergence with .asnumpy() -> compile error at line 33
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


def squash(s, eps=1e-7):
    n2 = ops.sum(s * s, dim=-1, keepdim=True)
    return n2 / (1 + n2) * s / ops.sqrt(n2 + eps)


class ConvergentRouting(nn.Cell):
    def __init__(self, in_caps=6, in_dim=4, out_caps=3, out_dim=8, max_iters=10, tol=1e-3):
        super().__init__()
        self.W = Parameter(Tensor(np.random.randn(in_caps, out_caps, in_dim, out_dim).astype(np.float32) * 0.1), name="W")
        self.max_iters = max_iters
        self.tol = tol

    def vote(self, u):
        # u: [B, in, in_dim] -> [B, in, out, out_dim]
        return (u[:, :, None, :, None] * self.W[None]).sum(axis=3)

    def construct(self, u):
        u_hat = self.vote(u)
        logits = ops.zeros(u_hat.shape[:3], ms.float32)
        v = squash(u_hat.mean(axis=1))
        for _ in range(self.max_iters):
            c = ops.softmax(logits, axis=2)
            v_new = squash((c[..., None] * u_hat).sum(axis=1))
            logits = logits + (u_hat * v_new[:, None]).sum(axis=-1)
            delta = ops.abs(v_new - v).max()
            v = v_new
            if float(delta.asnumpy()) < self.tol:
                break
        return v


def make():
    np.random.seed(13)
    u = Tensor(np.random.randn(2, 6, 4).astype(np.float32))
    return ConvergentRouting(), (u,)
